-- Issue 14 item 5, MN-04/MN-05 (ADR 0066): on a plan that requires a referral but no pre-authorization, each date of
-- service uses one session of a referral while any claim of that date stands on it (PA-04, as visit_claim: ADR 0021).
-- A row per claim standing on a referral's session of a date: the session is used while a row of that referral and
-- date has released_at null, and counts for the oldest of them. released_at is set when the claim is denied or voided;
-- the row stays as the history of the session. (V9 is another change's.)
create table referral_session_claim (
    id               bigserial   primary key,
    referral_id      text        not null,
    member_id        text        not null,
    date_of_service  date        not null,
    claim_id         text        not null,
    used_at          timestamptz not null default now(),
    released_at      timestamptz
);
-- a claim stands once on a session; leading claim_id also serves the lookup on release
create unique index referral_session_claim_standing on referral_session_claim (claim_id, referral_id, date_of_service)
    where released_at is null;
create index referral_session_claim_standing_by_member on referral_session_claim (member_id)
    where released_at is null;

-- The claim's referral number (REF*9F) picks the referral whose session a visit uses; a visit waiting for its coverage
-- keeps it until it is decided.
alter table visit_awaiting_coverage add column referral_number text;
