-- The matter's timeline on its progress: the day it was registered (the start every later date is checked
-- against), the meeting it was put forward to with the reason when that is after the answer date, and the day
-- the board handled it. The registration day of earlier matters is taken from the registry.
alter table matter_progress add column registered_on date;
alter table matter_progress add column meeting_date date;
alter table matter_progress add column late_meeting_reason varchar(2000);
alter table matter_progress add column decided_on date;
update matter_progress set registered_on =
    (select cast(m.registered_at as date) from matter m where m.id = matter_progress.matter_id);
