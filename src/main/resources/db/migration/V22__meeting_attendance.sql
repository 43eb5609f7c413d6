-- Attendance of a meeting (issue 7, part B): who arrives and leaves between paragraphs, jäv per paragraph and the
-- recorded substitutions. The serving list of each paragraph is derived from these and the board's seats on the
-- meeting's day (se.namndflode.meeting.Attendance); it is not stored. One row per meeting carries the version that
-- every change of its attendance bumps (optimistic locking: two secretaries never lose each other's entries).
-- Written to run unchanged on H2 and PostgreSQL.

create table meeting_attendance (
    meeting_id  bigint not null primary key references meeting (id),
    version     bigint not null default 0
);

-- Present (ARRIVED) or absent (LEFT) from and including a paragraph; an arrival without paragraph is at the start.
create table meeting_attendance_change (
    meeting_id         bigint      not null references meeting_attendance (meeting_id),
    ordinal            integer     not null,
    person_id          bigint      not null references person (id),
    movement           varchar(10) not null,
    from_paragraph_id  bigint      references meeting_paragraph (id),
    primary key (meeting_id, ordinal),
    constraint ck_attendance_movement check (movement in ('ARRIVED', 'LEFT')),
    constraint ck_attendance_departure check (movement = 'ARRIVED' or from_paragraph_id is not null)
);

-- Jäv: the person leaves the handling of the paragraph.
create table meeting_recusal (
    meeting_id    bigint  not null references meeting_attendance (meeting_id),
    ordinal       integer not null,
    person_id     bigint  not null references person (id),
    paragraph_id  bigint  not null references meeting_paragraph (id),
    primary key (meeting_id, ordinal)
);

-- A substitute serving in a member's seat, from a paragraph (null: the start) until one (null: the end).
create table meeting_substitution (
    meeting_id          bigint  not null references meeting_attendance (meeting_id),
    ordinal             integer not null,
    substitute_id       bigint  not null references person (id),
    member_id           bigint  not null references person (id),
    from_paragraph_id   bigint  references meeting_paragraph (id),
    until_paragraph_id  bigint  references meeting_paragraph (id),
    primary key (meeting_id, ordinal)
);
