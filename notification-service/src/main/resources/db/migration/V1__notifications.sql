-- Patient-facing notifications, one per source event.
create table notification (
    -- Storage order. A member's events arrive in order on their partition, so ordering a member's rows by seq
    -- lists their notifications oldest first without a per-member counter to lock.
    seq                bigserial   primary key,
    notification_id    uuid        not null unique,
    member_id          text        not null,
    category           text        not null,
    title              text        not null,
    message            text        not null,
    -- A redelivered or replayed event never makes a second notification, even past the inbox.
    source_event_id    uuid        not null unique,
    source_event_type  text        not null,
    correlation_id     text,
    occurred_at        timestamptz not null,
    stored_at          timestamptz not null default now()
);
create index notification_member_seq on notification (member_id, seq);
