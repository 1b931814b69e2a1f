-- Written once for every service (service-support). Service migrations start at V1.

-- Transactional outbox: a row is written in the same transaction as the state change it announces;
-- the relay publishes unpublished rows in id (= commit) order and stamps published_at.
create table outbox_event (
    id            bigserial primary key,
    event_id      uuid        not null unique,
    topic         text        not null,
    message_key   text        not null,
    event_type    text        not null,
    envelope      text        not null,
    created_at    timestamptz not null default now(),
    published_at  timestamptz
);
create index outbox_event_unpublished on outbox_event (id) where published_at is null;

-- Idempotent inbox: one row per (consumer, event) inserted in the same transaction as the handler's effects.
create table inbox_event (
    consumer     text        not null,
    event_id     uuid        not null,
    event_type   text        not null,
    received_at  timestamptz not null default now(),
    primary key (consumer, event_id)
);
