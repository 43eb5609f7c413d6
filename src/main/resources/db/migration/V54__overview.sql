-- The overview of overdue and at-risk work (issue 9, /oversikt): assignments and board matters per board, unit
-- (the board's administration) and responsible person. Written to run unchanged on H2 and PostgreSQL.
--
-- overview_matter: the open matters as the overview reads them, one row per matter of the board-matter process's
-- read model (matter_progress), so that the assignment module reads the registry's and the process's tables through
-- a view of its own rather than their entities. Open: not dispatched, closed or written off. review_status is the
-- tjänsteutlåtande's status ('SUBMITTED': waiting for review), null without one.
-- The matter's own columns are read by its primary key per row (scalar subqueries), not by a join: the overview
-- asks for few open matters of many, and PostgreSQL misjudges how few (the closed matters' answer dates lie in the
-- past too), so with a join it chose to read every matter into a hash table; this way each open matter the indexes
-- find costs one look-up (docs/performance.md).
create view overview_matter as
select x.matter_id           as matter_id,
       x.municipality_code   as municipality_code,
       x.registry_number     as registry_number,
       x.kind                as kind,
       x.title               as title,
       x.public_title        as public_title,
       x.confidential        as confidential,
       x.answer_due          as answer_due,
       x.board_id            as board_id,
       b.name                as board_name,
       b.administration_id   as unit_id,
       a.name                as unit_name,
       x.case_officer_id     as case_officer_id,
       u.username            as case_officer,
       u.display_name        as case_officer_name,
       (select s.status from staff_report s where s.matter_id = x.matter_id) as review_status,
       x.closed_at           as closed_at,
       x.written_off_at      as written_off_at,
       x.dispatched_at       as dispatched_at
from (select p.matter_id, p.municipality_code, p.registry_number, p.kind, p.answer_due, p.closed_at,
             p.written_off_at, p.dispatched_at,
             (select m.title from matter m where m.id = p.matter_id)           as title,
             (select m.public_title from matter m where m.id = p.matter_id)    as public_title,
             (select m.confidential from matter m where m.id = p.matter_id)    as confidential,
             (select m.board_id from matter m where m.id = p.matter_id)        as board_id,
             (select m.case_officer_id from matter m where m.id = p.matter_id) as case_officer_id
      from matter_progress p) x
join board b on b.id = x.board_id
left join administration a on a.id = b.administration_id
left join user_account u on u.id = x.case_officer_id;

-- The matters with an answer date that are still open, by municipality and answer date: the overview asks for
-- those due by a day (overdue: before today; at risk: within N days) and a btree index answers "is null" too, so
-- the closed matters of earlier years (most of them) are never read.
create index ix_matter_progress_open_due on matter_progress (municipality_code, closed_at, written_off_at,
    dispatched_at, answer_due);
-- Tjänsteutlåtanden waiting for review are few of many: found by their status.
create index ix_staff_report_status on staff_report (status, matter_id);
-- The at-risk assignments (latest status avvikelse, or reminded of the end date): one index per condition, so that
-- PostgreSQL combines them (BitmapOr) instead of reading every assignment of the municipality.
create index ix_assignment_latest_status on assignment (municipality_code, latest_status);
create index ix_assignment_reminded on assignment (municipality_code, reminded_at);
-- The board of a matter for the unit filter (board -> administration), and a person's matters.
create index ix_board_administration on board (administration_id);

-- The managers and directors of each municipality who get the weekly digest (the engine's timer runs it without a
-- signed-in user): enabled accounts, their e-mail address (the account's, else their person's).
create view overview_manager as
select distinct mu.code            as municipality_code,
       u.username                  as username,
       u.display_name              as display_name,
       coalesce(u.email, p.email)  as email
from user_account u
join user_account_role r on r.user_account_id = u.id and r.role in ('MANAGER', 'DIRECTOR')
join user_account_municipality um on um.user_account_id = u.id
join municipality mu on mu.id = um.municipality_id
left join person p on p.id = u.person_id
where u.enabled = true;
