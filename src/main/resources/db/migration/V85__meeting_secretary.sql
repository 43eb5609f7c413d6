-- Who kept the minutes: the secretary who closed the meeting, printed under the secretary's signature line of the
-- minutes and of each extract ("Rätt utdraget intygar"). Meetings closed before this: from the audit of the closing.
alter table meeting add column secretary_name varchar(200);

update meeting set secretary_name = (
    select max(coalesce(a.display_name, e.actor)) from audit_event e
    left join user_account a on a.username = e.actor
    where e.entity_type = 'MEETING' and e.action = 'MEETING_CLOSED' and e.entity_id = cast(meeting.id as varchar(100)))
where closed_at is not null;
