-- The overview of overdue and at-risk work (issue 9, /oversikt): assignments and board matters per board, unit
-- (the board's administration) and responsible person. Written to run unchanged on H2 and PostgreSQL.
--
-- overview_matter: the open matters as the overview reads them, one row per matter, joined once here so that the
-- assignment module reads the registry's and the process's tables through a view of its own rather than their
-- entities. Open: not dispatched, closed or written off (the board-matter process's read model). review_status is
-- the tjänsteutlåtande's status ('SUBMITTED': waiting for review), null without one.
create view overview_matter as
select p.matter_id          as matter_id,
       p.municipality_code  as municipality_code,
       p.registry_number    as registry_number,
       m.kind               as kind,
       m.title              as title,
       m.public_title       as public_title,
       m.confidential       as confidential,
       p.answer_due         as answer_due,
       m.board_id           as board_id,
       b.name               as board_name,
       b.administration_id  as unit_id,
       a.name               as unit_name,
       m.case_officer_id    as case_officer_id,
       u.username           as case_officer,
       u.display_name       as case_officer_name,
       s.status             as review_status,
       p.closed_at          as closed_at,
       p.written_off_at     as written_off_at,
       p.dispatched_at      as dispatched_at
from matter_progress p
join matter m on m.id = p.matter_id
join board b on b.id = m.board_id
left join administration a on a.id = b.administration_id
left join user_account u on u.id = m.case_officer_id
left join staff_report s on s.matter_id = p.matter_id;

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
