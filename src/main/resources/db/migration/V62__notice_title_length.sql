-- A notice's title names the extract of an immediately justered paragraph by the paragraph's title, which may be
-- as long as a matter's title (500): "Protokollsutdrag Socialnämnden 2023-12-12 § 23 Idéburet offentligt
-- partnerskap - ..." (the seed's § 23, 220 characters) did not fit in 200. Same statement on H2 and PostgreSQL.
alter table notice alter column minutes_title type varchar(700);
