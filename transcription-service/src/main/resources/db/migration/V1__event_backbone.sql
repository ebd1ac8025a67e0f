-- Consumed events, recorded in the same transaction as their effect (idempotent consumers).
create table processed_event (
    event_id     varchar(100) not null,
    consumer     varchar(100) not null,
    processed_at timestamptz  not null,
    primary key (event_id, consumer)
);

-- One row per applied erasure request: what was erased, never the erased data.
create table erasure_record (
    id          bigserial primary key,
    user_id     varchar(100) not null,
    event_id    varchar(100) not null,
    rows_erased bigint       not null,
    erased_at   timestamptz  not null
);
