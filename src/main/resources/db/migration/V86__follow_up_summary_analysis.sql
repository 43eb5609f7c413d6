-- The Sammanfattande analys of a follow-up report: the official's own text, printed after the Förslag till beslut.
alter table follow_up add column summary_analysis varchar(8000);
