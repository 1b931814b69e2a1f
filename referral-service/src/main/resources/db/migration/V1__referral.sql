-- Referrals (prescriptions) for medical massage, as recorded (RULEBOOK §1: MN-02 content, MN-04 window).
-- Diagnosis codes are stored without the dot (DX-06) and rendered with it by the service.
create table referral (
    referral_id      text        primary key,
    member_id        text        not null,
    prescriber_npi   text        not null,
    prescriber_name  text        not null,
    prescriber_type  text        not null,
    diagnosis_codes  text[]      not null,
    procedure_codes  text[]      not null,
    sessions         integer     not null check (sessions >= 1),
    duration_weeks   integer     not null check (duration_weeks >= 1),
    issued_on        date        not null,
    valid_from       date        not null,
    valid_to         date        not null,
    status           text        not null,
    recorded_at      timestamptz not null default now(),
    check (valid_to >= valid_from),
    check (cardinality(diagnosis_codes) > 0 and cardinality(procedure_codes) > 0)
);
create index referral_by_member on referral (member_id, issued_on, recorded_at);
