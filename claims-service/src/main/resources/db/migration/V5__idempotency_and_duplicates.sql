-- claims-service: idempotent intake and the duplicate check (issue 13, items 1 and 2).
--
-- An Idempotency-Key of POST /claims, scoped to the caller (the provider's NPI): the primary key lets exactly one of
-- concurrent requests with one key reserve it; the others wait for its transaction and answer its claim. The claim
-- row is written later in the same transaction, hence the deferred foreign key. Rows older than
-- medmassage.claims.idempotency-window (P1D) are expired: a request may take the key over, the purge deletes them.
create table idempotency_key (
    caller_scope  text        not null,
    key           text        not null check (char_length(key) between 1 and 255),
    fingerprint   text        not null,
    claim_id      uuid        not null references claim (id) on delete cascade deferrable initially deferred,
    reserved_at   timestamptz not null,
    primary key (caller_scope, key)
);
create index idempotency_key_reserved_at on idempotency_key (reserved_at);

-- The duplicate check reads a member's claims of one date and rendering provider (DuplicateClaimPolicy).
create index claim_member_provider_date on claim (member_id, date_of_service, rendering_provider_npi);
