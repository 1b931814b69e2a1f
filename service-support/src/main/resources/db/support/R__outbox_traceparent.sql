-- Written once for every service (service-support): the W3C traceparent of the request or record that appended the
-- event, sent as the record's header by the relay (decision 0080). Null for rows appended outside any trace.
-- Repeatable (R__) and idempotent, as the retention indexes are: a versioned V0_3 would be refused by Flyway in every
-- database whose service migrations are already past V1 (a version below the applied ones).
alter table outbox_event add column if not exists traceparent text;
