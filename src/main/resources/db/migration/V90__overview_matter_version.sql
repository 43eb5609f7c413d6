-- overview_matter (V54) with the matter's version (matter.version, its JPA @Version): the overview's reassign form
-- sends it back, so that of two managers reassigning the same matter at once the second is refused (409) instead of
-- silently overwriting the first. Dropped and created again (not "create or replace"): PostgreSQL's replace cannot
-- change a view's columns in every case, and the same statements run unchanged on H2 and PostgreSQL. Nothing else
-- reads the view. The matter's columns are read per row by its primary key, as in V54 (docs/performance.md).
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
