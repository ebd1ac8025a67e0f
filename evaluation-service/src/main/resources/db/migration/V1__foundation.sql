-- Transactional outbox: written in the same transaction as the state change, published by the relay.
create table outbox_event (
    seq           bigserial primary key,
    id            uuid        not null unique,
    topic         varchar(200) not null,
    event_key     varchar(200) not null,
    type          varchar(200) not null,
    payload       text        not null,
    created_at    timestamptz not null default now(),
    published_at  timestamptz,
    attempts      integer     not null default 0,
    last_error    text
);
create index outbox_event_pending on outbox_event (seq) where published_at is null;

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
