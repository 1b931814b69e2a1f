-- The reply timeout counts from the moment a claim entered the step it waits in, not from its receipt: a claim that
-- waited long for authorization and then moved on must get the full timeout for its cost share (decision 0052).
alter table claim add column step_entered_at timestamptz;
update claim set step_entered_at = coalesce(pended_at, received_at);
alter table claim alter column step_entered_at set not null, alter column step_entered_at set default now();
create index claim_waiting_step on claim (step_entered_at) where status in ('RECEIVED', 'IN_PROCESS');

-- A provider's remittance day (GET /remittances?providerNpi=&paidOn=): claims decided or voided that day.
create index claim_provider_decided on claim (rendering_provider_npi, decided_at) where decided_at is not null;
create index claim_provider_voided on claim (rendering_provider_npi, voided_at) where voided_at is not null;
