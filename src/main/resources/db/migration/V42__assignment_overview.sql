-- The manager's overview of assignments (/uppdrag, GET /api/v1/assignments): always within the user's
-- municipalities, filtered by board, goal or responsible person and by overdue / deviating / at risk, ordered by
-- end date. Each filter the page offers has an index that starts with the municipality and the filter's column;
-- the flags are few rows of many (overdue_since, latest_status are mostly null).
create index ix_assignment_phase_end on assignment (municipality_code, phase, end_date);
create index ix_assignment_board_end on assignment (municipality_code, board_id, end_date);
create index ix_assignment_goal on assignment (municipality_code, goal_id);
create index ix_assignment_responsible on assignment (municipality_code, responsible, end_date);
create index ix_assignment_overdue on assignment (municipality_code, overdue_since);
create index ix_assignment_report_matter on assignment (municipality_code, report_matter_id);
create index ix_assignment_process on assignment (process_instance_id);
