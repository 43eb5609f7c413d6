-- The board-matter process's read model: where each matter stands, its deadlines and outcomes.
-- Keyed by the registry's matter id; the engine holds only ids and outcome flags.
create table matter_progress (
    matter_id            bigint       primary key,
    registry_number      varchar(40)  not null,
    municipality_code    varchar(40)  not null,
    kind                 varchar(40)  not null,
    answer_due           date,
    reminder_due         date,
    reminded_at          timestamp with time zone,
    overdue_since        date,
    board_outcome        varchar(20),
    refer_back_reason    varchar(2000),
    notice_published_on  date,
    appeal_period_ends   date,
    legal_force_on       date,
    dispatched_at        timestamp with time zone,
    closed_at            timestamp with time zone,
    written_off_at       timestamp with time zone,
    write_off_reason     varchar(2000),
    version              bigint       not null default 0,
    constraint uq_matter_progress_number unique (registry_number)
);
create index ix_matter_progress_answer_due on matter_progress (answer_due);
