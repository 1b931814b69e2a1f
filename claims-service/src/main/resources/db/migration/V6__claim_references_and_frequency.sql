-- claims-service: the 837P intake fields of RULEBOOK §8.1 and claim frequency codes 7/8 (issue 13 item 3, decision
-- 0056). All nullable: a claim stored before this migration has none of them and reads as an original claim billed
-- by its rendering provider (billing_provider_npi null = the rendering NPI).
--
-- patient_control_number  CLM01, the provider's own claim id (X12 AN 1..38), echoed as 835 CLP01.
-- billing_provider_npi    2010AA NM1*85, when the provider named one; shown as the 835 payee (N1*PE).
-- referral_number         REF*9F.
-- replaces_claim_id       REF*F8 of a frequency-7 claim: the claim it replaced (voided in the same transaction).
-- replaced_by_claim_id    on a claim voided by a frequency-7 claim, that claim. It is written by the void, before the
--                         replacement's row in the same transaction, hence the deferred foreign key.
-- A line's date of service (2400 DTP*472) is not stored: intake accepts only lines dated as their claim.
alter table claim
    add column patient_control_number text check (char_length(patient_control_number) between 1 and 38),
    add column billing_provider_npi   text check (billing_provider_npi ~ '^[0-9]{10}$'),
    add column referral_number        text check (char_length(referral_number) between 1 and 64),
    add column replaces_claim_id      uuid references claim (id),
    add column replaced_by_claim_id   uuid references claim (id) deferrable initially deferred;

alter table claim add constraint claim_replaced_only_when_voided
    check (replaced_by_claim_id is null or status = 'VOIDED');

-- at most one replacement per claim: a claim once replaced is voided, and a voided claim cannot be replaced again
create unique index claim_replaces on claim (replaces_claim_id) where replaces_claim_id is not null;
