-- The members' live view of a meeting (issue 7, part C): the paragraph the secretary has taken up, which the live
-- view shows as the current one. One row per meeting, written when the secretary moves to a paragraph in the
-- console; no row yet: the live view shows the first paragraph not handled. Everything else the live view shows is
-- read from the console's own tables; members' screens poll meeting.live_revision, which every change bumps, so
-- that nothing of a live view is held in one application node. Written to run unchanged on H2 and PostgreSQL.

create table meeting_current_paragraph (
    meeting_id    bigint                   not null primary key references meeting (id),
    paragraph_id  bigint                   not null references meeting_paragraph (id),
    taken_up_at   timestamp with time zone not null,
    version       bigint                   not null default 0
);
