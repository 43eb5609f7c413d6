-- Follow-up per board (issue 11): the board whose plan (verksamhetsplan) a goal belongs to and whose follow-up
-- reports rate it. Null for goals imported before, or without a board: they are in no board's report.
alter table goal add column board_id bigint references board (id);
create index ix_goal_board on goal (municipality_code, board_id, plan_year);
