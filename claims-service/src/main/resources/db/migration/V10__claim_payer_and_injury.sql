-- claims-service: who a claim is billed to and the injury behind it (issue 15 items 2 and 3, decision 0068;
-- RULEBOOK §7.2, §7.3, §8.1). A claim stored before this migration is a health-plan claim naming no injury.
--
-- payer                    837P SBR09 as a payer type: HEALTH_PLAN (CI and the other commercial indicators),
--                          WORKERS_COMP (WC); AUTO_PIP (AM) is refused at intake until its adjudication is built.
-- related_causes           CLM11: EMPLOYMENT (EM), AUTO_ACCIDENT (AA), OTHER_ACCIDENT (OA), in the order sent.
-- accident_state           the USPS state of CLM11 AA:<state>, required with AUTO_ACCIDENT.
-- date_of_injury           DTP*439, required with any related cause, not after the date of service.
-- wc_carrier_name, wc_claim_number, wc_employer_name
--                          the workers' compensation claim (carrier or TPA, REF*Y4, employer); carrier and claim
--                          number required on a WORKERS_COMP claim.
-- prior_payer_denial_carc  the other payer's denial sent with the claim (e.g. P2 from workers' comp).
alter table claim
    add column payer                   text   not null default 'HEALTH_PLAN'
        check (payer in ('HEALTH_PLAN', 'WORKERS_COMP', 'AUTO_PIP')),
    add column related_causes          text[] not null default '{}'
        check (related_causes <@ array['EMPLOYMENT', 'AUTO_ACCIDENT', 'OTHER_ACCIDENT']),
    add column accident_state          text   check (accident_state ~ '^[A-Z]{2}$'),
    add column date_of_injury          date   check (date_of_injury <= date_of_service),
    add column wc_carrier_name         text,
    add column wc_claim_number         text,
    add column wc_employer_name        text,
    add column prior_payer_denial_carc text;

alter table claim add constraint claim_injury_dated
    check (cardinality(related_causes) = 0 or date_of_injury is not null);
alter table claim add constraint claim_workers_comp_claim
    check (payer <> 'WORKERS_COMP' or (wc_carrier_name is not null and wc_claim_number is not null));
