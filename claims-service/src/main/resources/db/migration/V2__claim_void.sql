-- claims-service: an adjudicated claim can be voided (CS-07). It keeps its remittance; the claim row records why and
-- when. VOIDED is reached from PAID, PARTIALLY_PAID or DENIED only (ClaimStatus); the row holds a reason and a time
-- exactly when it is VOIDED.

alter table claim drop constraint claim_status_check;
alter table claim add constraint claim_status_check
    check (status in ('RECEIVED', 'IN_PROCESS', 'PAID', 'PARTIALLY_PAID', 'DENIED', 'VOIDED'));

alter table claim
    add column void_reason text check (char_length(void_reason) between 1 and 500),
    add column voided_at   timestamptz;

alter table claim add constraint claim_void_recorded
    check ((status = 'VOIDED') = (void_reason is not null and voided_at is not null));
