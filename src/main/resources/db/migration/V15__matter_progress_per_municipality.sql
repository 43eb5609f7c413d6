-- A diarienummer is unique only within a municipality: two municipalities may both have an SOF series, so
-- both have an SOF 2026/1. The read model was unique on the bare number, which made the second one's
-- registration fail.
alter table matter_progress drop constraint uq_matter_progress_number;
alter table matter_progress add constraint uq_matter_progress_number unique (municipality_code, registry_number);

-- The matter's process instance, so that the engine is reached by its id rather than by the business key
-- (which is unique only together with the tenant). Empty for instances started before this column existed.
alter table matter_progress add column process_instance_id varchar(64);
create unique index ix_matter_progress_instance on matter_progress (process_instance_id);
