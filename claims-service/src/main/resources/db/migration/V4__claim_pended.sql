-- claims-service: a claim whose answer came and could not be used (it does not decode, or its remittance would not
-- balance) is PENDED with the step it waits in and why, instead of staying RECEIVED or IN_PROCESS for good. It moves
-- on as that step would when a usable answer arrives; the row holds a step, a reason and a time exactly when PENDED.

alter table claim drop constraint claim_status_check;
alter table claim add constraint claim_status_check
    check (status in ('RECEIVED', 'IN_PROCESS', 'PAID', 'PARTIALLY_PAID', 'DENIED', 'VOIDED', 'PENDED'));

alter table claim
    add column pended_step text check (pended_step in ('RECEIVED', 'IN_PROCESS')),
    add column pend_reason text check (char_length(pend_reason) between 1 and 1000),
    add column pended_at   timestamptz;

alter table claim add constraint claim_pend_recorded
    check ((status = 'PENDED') = (pended_step is not null and pend_reason is not null and pended_at is not null));
