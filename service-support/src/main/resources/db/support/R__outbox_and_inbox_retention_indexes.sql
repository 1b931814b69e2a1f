-- Written once for every service (service-support): rows past retention are purged in batches (RetentionPurge).
-- Repeatable (R__), so it also reaches databases whose service migrations are past V1; it is idempotent.
create index if not exists outbox_event_published_at on outbox_event (published_at) where published_at is not null;
create index if not exists inbox_event_received_at on inbox_event (received_at);
