-- The matter list's default order (newest first) within a municipality, read from the index with the page's limit
-- (EXPLAIN in docs/performance.md, issue 13): without it PostgreSQL sorted the municipality's whole register.
create index ix_matter_municipality_registered on matter (municipality_id, registered_at, id);
