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
