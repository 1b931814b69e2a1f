-- PA-04: one visit per authorization and date of service, used while any claim of that date stands. Every claim
-- authorized against a date's visit is recorded here, the holder (visit_consumption.claim_id) and the claims that
-- share it, so that when the holder is denied or voided the visit passes to a claim that stays instead of going back.
-- released_at is set when the claim is denied or voided; the row stays as the history of the visit.
create table visit_claim (
    id                bigserial   primary key,                         -- authorization order: the next holder is the oldest
    authorization_id  uuid        not null references prior_authorization (authorization_id),
    date_of_service   date        not null,
    claim_id          text        not null,
    authorized_at     timestamptz not null default now(),
    released_at       timestamptz
);
-- a claim stands once on a visit; leading claim_id also serves the lookup on release
create unique index visit_claim_standing on visit_claim (claim_id, authorization_id, date_of_service)
    where released_at is null;
create index visit_claim_standing_by_visit on visit_claim (authorization_id, date_of_service)
    where released_at is null;

-- Backfill 1: the claim holding each used visit stands on it.
insert into visit_claim (authorization_id, date_of_service, claim_id, authorized_at)
select authorization_id, date_of_service, claim_id, consumed_at
from visit_consumption
order by consumed_at, authorization_id, date_of_service;

-- Backfill 2: the claims sharing a visit still used, from the VisitAuthorized envelopes this service emitted (the
-- outbox keeps published rows), oldest first. A claim a VisitReleased names had its visit given back, so it stands on
-- nothing now.
-- Not recoverable: a sharing claim denied or voided before this migration. Its release changed nothing and the inbox
-- keeps only event ids, so it is recorded here as standing; if its date's holder is released later, the visit passes
-- to it and stays used. Nor is the visit already given back while a sharing claim stood (the bug this fixes): that
-- date stays unused here. Both need claims-service's claim statuses per member and date of service to put right.
with authorized as (
    select (envelope::jsonb -> 'payload' ->> 'authorizationId')::uuid as authorization_id,
           (envelope::jsonb -> 'payload' ->> 'dateOfService')::date   as date_of_service,
           envelope::jsonb -> 'payload' ->> 'claimId'                  as claim_id,
           min(id)                                                     as first_id,
           min(created_at)                                             as authorized_at
    from outbox_event
    where event_type = 'VisitAuthorized' and envelope::jsonb -> 'payload' ->> 'authorizationId' is not null
    group by 1, 2, 3
), given_back as (
    select envelope::jsonb -> 'payload' ->> 'claimId' as claim_id
    from outbox_event
    where event_type = 'VisitReleased'
)
insert into visit_claim (authorization_id, date_of_service, claim_id, authorized_at)
select a.authorization_id, a.date_of_service, a.claim_id, a.authorized_at
from authorized a
join visit_consumption v on v.authorization_id = a.authorization_id and v.date_of_service = a.date_of_service
where a.claim_id <> v.claim_id
  and not exists (select 1 from given_back g where g.claim_id = a.claim_id)
order by a.first_id;
