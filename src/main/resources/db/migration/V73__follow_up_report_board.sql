-- The follow-up report, its link to the board matter and the lock it sets are per board (issue 11's fix): two
-- boards of one municipality following up T1 2026 each have their own report, and one board's approved report
-- locks only that board's goals, indicators, outcomes and assessments. Existing reports take the board of the
-- matter they are linked to; a report never linked keeps no board (it locks only goals of no board's plan).
-- Written to run unchanged on H2 and PostgreSQL.
alter table follow_up_report add column board_id bigint references board (id);
update follow_up_report set board_id = (select m.board_id from matter m where m.id = follow_up_report.matter_id)
    where matter_id is not null;
alter table follow_up_report drop constraint uq_follow_up_report;
alter table follow_up_report add constraint uq_follow_up_report
    unique (municipality_code, board_id, plan_year, period_id);
