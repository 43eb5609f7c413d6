-- The version of each board's agenda template as a whole (its items are one list, changed by position): a
-- secretary's change carries it as they saw it, so that two secretaries changing the template at once do not
-- overwrite each other unseen. A board without a row has version 0 (its template never changed).
create table board_agenda_template (
    board_id bigint not null primary key references board (id),
    version  bigint not null
);
