-- The registry's free-text search reads one column per matter instead of a union of one arm per column (issue 13,
-- docs/performance.md): search_text is what anyone of the matter's municipality may find it by (a matter that is
-- not confidential: its title, sender, sender's reference and its documents' titles; a confidential one: its public
-- title), search_text_confidential what only those entitled to a confidential matter may find it by (its title,
-- sender, reference and documents' titles; null for a matter that is not confidential). Both normalised and in
-- lower case as registry.SearchableText writes them (parts on lines of their own, so that no pattern spans two),
-- by the registry in the same transaction as the registration and each document's; filled for the matters already
-- registered by migration V92, indexed for LIKE '%...%' on PostgreSQL by V93. The diarienummer is matched by its
-- columns (exactly, not as a substring: "2026/1" must not find 2026/10-19), served by ix_matter_number when the
-- series prefix is left out.
alter table matter add column search_text varchar(1000000);
alter table matter add column search_text_confidential varchar(1000000);
create index ix_matter_number on matter (registry_year, serial);
