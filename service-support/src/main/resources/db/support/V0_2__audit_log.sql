-- The audit trail of access to members' data (issue 12): appended by every service, never changed. The triggers
-- refuse UPDATE, DELETE and TRUNCATE whoever asks, the service's own database user included.
create table audit_log (
    id             bigserial primary key,
    recorded_at    timestamptz not null,
    actor          text        not null,
    roles          text        not null,
    member_id      text        not null,
    action         text        not null check (action in ('READ', 'CHANGE')),
    resource       text        not null,
    outcome        text        not null check (outcome in ('ALLOWED', 'DENIED', 'REFUSED', 'FAILED')),
    status         integer     not null,
    correlation_id text
);

create index audit_log_by_member on audit_log (member_id, id);

create function audit_log_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_log is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
end
$$;

create trigger audit_log_no_update_or_delete before update or delete on audit_log
    for each row execute function audit_log_is_append_only();
create trigger audit_log_no_truncate before truncate on audit_log
    for each statement execute function audit_log_is_append_only();

revoke update, delete, truncate on audit_log from public;
