-- Issue 15 item 6 (decision 0071): what an HSA/FSA receipt needs that claims-service learns by events only.
-- (V10 is the claim's payer and related causes, decision 0068; V11 the provider's tax id and cash rates, 0070.)

-- The member's name and date of birth, from MemberRegistered (benefit.events); a later announcement replaces it.
create table member_identity (
    member_id     text        primary key,
    first_name    text,
    last_name     text,
    date_of_birth date,
    updated_at    timestamptz not null default now()
);

-- Letters of medical necessity, from MedicalNecessityLetterIssued (referral.events, ALT-01).
create table medical_necessity_letter (
    letter_id       text   primary key,
    referral_id     text   not null,
    member_id       text   not null,
    diagnosis_codes text[] not null default '{}',
    issued_on       date   not null,
    valid_to        date   not null,
    check (valid_to >= issued_on)
);
create index medical_necessity_letter_by_member on medical_necessity_letter (member_id);

-- Referrals revoked (ReferralRevoked): their letters substantiate no session from that day. Apart from the letters,
-- so a revocation needs no letter on file and holds for a letter announced after it.
create table revoked_referral (
    referral_id text primary key,
    member_id   text not null,
    revoked_on  date not null,
    reason      text
);
