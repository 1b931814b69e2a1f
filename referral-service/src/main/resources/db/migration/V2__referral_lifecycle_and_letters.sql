-- Lifecycle (issue 3): ACTIVE → EXPIRED when the window ends (MN-04), or → REVOKED with a reason.
alter table referral add column status_reason text;
alter table referral add column status_changed_at timestamptz;
-- The expiry sweep looks for ACTIVE referrals whose window has ended.
create index referral_active_by_end on referral (valid_to) where status = 'ACTIVE';

-- Sessions used, as authorization-service reports them: an authorization names its referral (AuthApproved /
-- AuthPartiallyApproved); its visits (VisitAuthorized / VisitReleased) carry only the authorization, with the running
-- total of visits used, so storing that total per authorization is idempotent and a referral's sessions used is the sum.
create table referral_authorization (
    authorization_id text    primary key,
    referral_id      text    not null,
    member_id        text    not null,
    visits_used      integer not null default 0 check (visits_used >= 0)
);
create index referral_authorization_by_referral on referral_authorization (referral_id);

-- Letters of medical necessity (ALT-01); the text is rendered from the referral and the code titles.
create table medical_necessity_letter (
    letter_id   text        primary key,
    referral_id text        not null references referral (referral_id),
    member_id   text        not null,
    issued_on   date        not null,
    valid_to    date        not null,
    recorded_at timestamptz not null default now(),
    check (valid_to >= issued_on)
);
create index medical_necessity_letter_by_referral on medical_necessity_letter (referral_id, recorded_at);
