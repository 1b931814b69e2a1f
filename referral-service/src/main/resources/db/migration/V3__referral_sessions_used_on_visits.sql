-- Sessions used on a plan requiring a referral but no pre-authorization (ADR 0066): VisitAuthorized / VisitReleased
-- name the referral whose session the date used, with its running total of such sessions; storing that total per
-- referral is idempotent, and a referral's sessions used is it plus the sum over its authorizations.
create table referral_visit_sessions (
    referral_id    text    primary key,
    member_id      text    not null,
    sessions_used  integer not null check (sessions_used >= 0)
);
