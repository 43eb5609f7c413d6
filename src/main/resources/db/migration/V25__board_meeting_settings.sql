-- The board's meeting settings (issue 7): how many days before a meeting the secretary is reminded when the
-- kallelse has not been sent, whether the paragraphs are numbered from § 1 in each meeting (as Stockholm's
-- Socialnämnden does) or through the year, and the wording of an immediate justering (the seed has four).
alter table board add column kallelse_reminder_days integer not null default 7;
alter table board add column paragraph_numbering varchar(20) not null default 'PER_MEETING';
alter table board add column immediate_justering_wording varchar(200) not null
    default 'Paragrafen justeras omedelbart.';
alter table board add constraint ck_board_reminder_days check (kallelse_reminder_days between 1 and 60);
alter table board add constraint ck_board_numbering check (paragraph_numbering in ('PER_MEETING', 'PER_YEAR'));

-- When the meeting process reminded the secretary that the kallelse had not been sent.
alter table meeting add column kallelse_reminded_at timestamp with time zone;
