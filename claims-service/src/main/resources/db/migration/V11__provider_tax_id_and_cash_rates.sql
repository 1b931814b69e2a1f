-- Issue 15 item 1 (decision 0070): the provider's tax id (EIN, 9 digits; a Good Faith Estimate and a receipt name it,
-- RULEBOOK §7.1, §7.4) and its discounted self-pay cash rate per unit for each code (no contract, no accumulators).
-- (V10 is the claim's payer and related causes, decision 0068.)
alter table provider add column tax_id text check (tax_id ~ '^[0-9]{9}$');

create table provider_cash_rate (
    npi                 text          not null references provider (npi) on delete cascade,
    procedure_code      text          not null,
    cash_rate_per_unit  numeric(12,2) not null check (cash_rate_per_unit > 0),
    primary key (npi, procedure_code)
);
