-- Issue 19 item 4 (ADR 0063): authorization decisions that know the provider and the course of care.

-- RULEBOOK §1.3 (decision 0061): the NUCC taxonomies the plan pays for massage; null = every type. Rows stored before
-- this migration say null (every type) until their coverage is announced again.
alter table member_coverage_terms add column covered_provider_types text[];

-- The request's rendering provider taxonomy (X12 278 PRV03; null: not given, not judged) and care goal (MN-09):
-- a pended request is decided later with them.
alter table prior_authorization
    add column rendering_provider_taxonomy text,
    add column care_goal text not null default 'RESTORATIVE' check (care_goal in ('RESTORATIVE', 'MAINTENANCE'));

-- The referral's prescriber (ReferralRecorded), who may send a progress report; null for referrals recorded before.
alter table known_referral add column prescriber_npi text;

-- MN-06: an authorization cut at its plan's re-evaluation gate, with the gate it was cut at, and where it stands.
create table re_evaluation (
    authorization_id  uuid        primary key references prior_authorization (authorization_id),
    due_after_visits  integer     check (due_after_visits > 0),
    due_after_days    integer     check (due_after_days > 0),
    status            text        not null check (status in ('AWAITING_PROGRESS_REPORT', 'CONTINUED', 'REST_DENIED')),
    reason_code       text,
    reason            text,
    updated_at        timestamptz not null default now(),
    constraint gate_is_on check (due_after_visits is not null or due_after_days is not null)
);

-- The progress reports received (MN-06), kept as the record of each re-evaluation.
create table progress_report (
    id                  bigserial   primary key,
    authorization_id    uuid        not null references prior_authorization (authorization_id),
    reported_on         date        not null,
    objective_measures  text        not null,
    improvement         text        not null check (improvement in ('MEASURABLE', 'PLATEAU')),
    reported_by         text,
    received_at         timestamptz not null default now()
);
create index progress_report_by_authorization on progress_report (authorization_id);
