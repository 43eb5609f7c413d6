-- A standard item the board did not take up is recorded as "utgick" (WITHDRAWN), so that no paragraph of the
-- minutes is left without words (KL 5 kap.; the meeting closes only when every paragraph has an outcome).
alter table meeting_paragraph drop constraint ck_paragraph_outcome;
alter table meeting_paragraph add constraint ck_paragraph_outcome check (outcome is null or outcome in ('DECIDED',
    'REFERRED_BACK', 'TABLED', 'REPORTED', 'NOTED', 'WITHDRAWN'));

-- A confidential matter placed on an agenda got the neutral "Sekretessbelagt ärende" even when the registrar had
-- given it an offentlig rubrik: the paragraphs not yet justered take the matter's public title.
update meeting_paragraph set public_title = (select m.public_title from matter m where m.id = meeting_paragraph.matter_id)
where confidential = true and public_title = 'Sekretessbelagt ärende'
  and exists (select 1 from matter m where m.id = meeting_paragraph.matter_id and m.public_title is not null
              and m.public_title <> '')
  and meeting_id in (select id from meeting where status <> 'JUSTERED');
