-- Issue 15 item 4 (decision 0074): what the primary payer paid for a visit billed to the health plan as secondary
-- (837P 2320 AMT*D), beside the primary's denial code already kept.
alter table claim add column prior_payer_paid numeric(12,2) check (prior_payer_paid >= 0);
