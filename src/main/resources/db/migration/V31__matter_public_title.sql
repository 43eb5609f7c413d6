-- A confidential matter's public title (offentlig rubrik): what the register shows of it to staff of its
-- municipality who are not entitled to the matter (OSL 5 kap. 2 §: what the matter concerns is left out of the
-- register entry when it is secret; the rest of the entry is public). Null: "Sekretessbelagt ärende" is shown.
-- Only a confidential matter has one; it takes what a title takes (shared.web.TextLimits.TITLE).
alter table matter add column public_title varchar(500);
alter table matter add constraint ck_matter_public_title check (confidential = true or public_title is null);
