-- The task lists' read model, owned by the tasks module: one row per open user task of any process, with what the
-- lists show and filter on, written by the engine's task listeners in the engine's own transaction (see
-- docs/architecture.md, "Task read model"). The engine stays the truth; TaskModel.rebuild() recreates this from it.
create table task_item (
    task_id              varchar(64)   primary key,
    process_instance_id  varchar(64)   not null,
    task_key             varchar(255)  not null,
    task_name            varchar(255),
    name_key             varchar(300)  not null,
    kind_key             varchar(120)  not null,
    municipality_code    varchar(40)   not null,
    -- What the task belongs to: Matter, MEETING, Assignment, ... (the audit log's entity type) and its id.
    subject_type         varchar(40)   not null,
    subject_id           bigint        not null,
    -- A matter's diarienummer (and its parts, for ordering by number) or another subject's reference.
    reference            varchar(100),
    number_prefix        varchar(10),
    number_year          integer,
    number_serial        integer,
    url_number           varchar(100),
    title                varchar(2000),
    public_title         varchar(2000),
    link                 varchar(300),
    board_id             bigint,
    board_name           varchar(300),
    matter_kind          varchar(30),
    confidential         boolean       not null default false,
    case_officer_id      bigint,
    assignee             varchar(100),
    -- The engine task's own due day (a meeting's tasks: the kallelse, notice and meeting day).
    task_due_on          date,
    candidate_roles      varchar(300),
    created_at           timestamp with time zone not null,
    -- The day the lists show and sort by: a matter's answer date, a meeting task's due day, an assignment's end.
    due_on               date,
    overdue              boolean       not null default false,
    -- Overdue counted from due_on and today (a meeting's tasks, a matter without a process read model).
    overdue_by_date      boolean       not null default false,
    reminded             boolean       not null default false,
    late_meeting         boolean       not null default false
);
-- Mina uppgifter: the assignee's own tasks.
create index ix_task_item_assignee on task_item (assignee, municipality_code);
-- Subject changes (answer date, flags, case officer) and the matter list's current step.
create index ix_task_item_subject on task_item (subject_id, subject_type);

-- The candidate groups (roles) of a task: Gruppens uppgifter are the free tasks for one of the user's roles.
create table task_item_role (
    task_id  varchar(64)  not null references task_item (task_id) on delete cascade,
    role     varchar(40)  not null,
    constraint pk_task_item_role primary key (task_id, role)
);
create index ix_task_item_role on task_item_role (role, task_id);
