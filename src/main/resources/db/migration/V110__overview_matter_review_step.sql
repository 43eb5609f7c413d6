-- overview_matter (V90) with the step a tjänsteutlåtande under review waits in. A report sent for review keeps the
-- status 'SUBMITTED' through both steps of the board-matter process: the manager's review (ReviewStaffReport) and,
-- once the manager has approved it, the director's approval for the board (ApproveForBoard); the overview listed
-- both as "väntar på granskning". review_task is the matter's open task of those two, read from the task lists' read
-- model task_item (subject_type 'Matter', subject_id, task_key: a published contract of the tasks module, as the
-- matter list reads it, docs/decisions.md), null when the matter waits in neither. Read per row by the matter's id
-- (ix_task_item_subject), like the matter's own columns. Dropped and created again, as in V90, so that the same
-- statements run on H2 and PostgreSQL.
drop view overview_matter;

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
       (select min(t.task_key) from task_item t where t.subject_id = x.matter_id and t.subject_type = 'Matter'
          and t.task_key in ('ReviewStaffReport', 'ApproveForBoard')) as review_task,
       x.closed_at           as closed_at,
       x.written_off_at      as written_off_at,
       x.dispatched_at       as dispatched_at,
       x.version             as matter_version
from (select p.matter_id, p.municipality_code, p.registry_number, p.kind, p.answer_due, p.closed_at,
             p.written_off_at, p.dispatched_at,
             (select m.title from matter m where m.id = p.matter_id)           as title,
             (select m.public_title from matter m where m.id = p.matter_id)    as public_title,
             (select m.confidential from matter m where m.id = p.matter_id)    as confidential,
             (select m.board_id from matter m where m.id = p.matter_id)        as board_id,
             (select m.case_officer_id from matter m where m.id = p.matter_id) as case_officer_id,
             (select m.version from matter m where m.id = p.matter_id)         as version
      from matter_progress p) x
join board b on b.id = x.board_id
left join administration a on a.id = b.administration_id
left join user_account u on u.id = x.case_officer_id;
