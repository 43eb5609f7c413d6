-- A standard item the board did not take up is recorded as "utgick" (WITHDRAWN), so that no paragraph of the
-- minutes is left without words (KL 5 kap.; the meeting closes only when every paragraph has an outcome).
alter table meeting_paragraph drop constraint ck_paragraph_outcome;
alter table meeting_paragraph add constraint ck_paragraph_outcome check (outcome is null or outcome in ('DECIDED',
    'REFERRED_BACK', 'TABLED', 'REPORTED', 'NOTED', 'WITHDRAWN'));

