-- authorization-service: prior authorizations, what it knows of referrals and coverage, and the visits used.

-- One row per request, in whatever state its review is (RULEBOOK §6.2; x12_action_code is the HCR01 code).
-- "authorization" is a reserved word in PostgreSQL, hence prior_authorization.
create table prior_authorization (
    authorization_id      uuid        primary key,
    authorization_number  text        not null unique,
    member_id             text        not null,
    referral_id           text        not null,
    provider_npi          text        not null,
    requested_codes       text[]      not null,
    requested_visits      integer     not null check (requested_visits > 0),
    start_date            date        not null,
    priority              text        not null check (priority in ('STANDARD', 'EXPEDITED')),
    received_at           timestamptz not null,
    due_at                timestamptz not null,                       -- PA-02
    status                text        not null check (status in ('APPROVED', 'PARTIALLY_APPROVED', 'DENIED', 'PENDED')),
    x12_action_code       text        not null check (x12_action_code in ('A1', 'A2', 'A3', 'A4')),
    approved_visits       integer     check (approved_visits > 0),
    approved_codes        text[],
    valid_from            date,
    valid_to              date,
    reason                text,
    decided_at            timestamptz,
    -- a certified authorization always says how many visits, which codes and when; nothing else has them
    constraint certified_has_terms check (
        (status in ('APPROVED', 'PARTIALLY_APPROVED'))
            = (approved_visits is not null and approved_codes is not null and valid_from is not null and valid_to is not null)),
    constraint window_in_order check (valid_to >= valid_from)
);
create index prior_authorization_certified_by_member on prior_authorization (member_id)
    where status in ('APPROVED', 'PARTIALLY_APPROVED');
create index prior_authorization_by_referral on prior_authorization (referral_id);

-- What authorization knows of a referral (from ReferralRecorded): its services, sessions and window (MN-04).
create table known_referral (
    referral_id      text        primary key,
    member_id        text        not null,
    procedure_codes  text[]      not null,
    sessions         integer     not null check (sessions > 0),
    valid_from       date        not null,
    valid_to         date        not null check (valid_to >= valid_from),
    recorded_at      timestamptz not null default now()
);

-- The plan terms of a member's coverage (from CoverageActivated); no row for a member ⇒ pre-auth required.
create table member_coverage_terms (
    member_id          text    not null,
    plan_id            text    not null,
    effective_from     date    not null,
    effective_to       date,
    pre_auth_required  boolean not null,
    primary key (member_id, plan_id, effective_from)
);

-- PA-04: one visit per authorization and date of service, and the claim that used it (to give it back on denial).
create table visit_consumption (
    authorization_id  uuid        not null references prior_authorization (authorization_id),
    date_of_service   date        not null,
    claim_id          text        not null,
    consumed_at       timestamptz not null default now(),
    primary key (authorization_id, date_of_service)
);
create index visit_consumption_by_claim on visit_consumption (claim_id);
