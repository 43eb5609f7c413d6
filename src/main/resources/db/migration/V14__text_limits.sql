-- One set of text limits from form to column (shared.web.TextLimits): a staff report's title takes what a
-- matter's title takes, since it starts as the matter's title.
alter table staff_report_version alter column title type varchar(500);
