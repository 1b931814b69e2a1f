-- claims-service: a claim the patient pays at the provider's cash rate (issue 15 item 5, decision 0073; RULEBOOK
-- §7.4). No payer is billed, so it has no SBR09; its lines' allowed amounts are the cash price.
alter table claim drop constraint claim_payer_check;
alter table claim add constraint claim_payer_check
    check (payer in ('HEALTH_PLAN', 'WORKERS_COMP', 'AUTO_PIP', 'SELF_PAY'));
