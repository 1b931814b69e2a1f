-- Issue 4: plan versions (earlier claims keep the terms of their DOS), family accumulators (CS-04), visit benefit
-- groups (CS-06) and claim reversal (CS-07). Money stays numeric(12,2).

-- One row per version of a plan's terms; the version in effect on a DOS is the latest effective_from <= DOS.
-- 1900-01-01 is "every date" (a plan registered without effectiveFrom).
create table plan_version (
    plan_id                        text          not null references benefit_plan (plan_id),
    effective_from                 date          not null,
    plan_year_start                char(5)       not null check (plan_year_start ~ '^[0-9]{2}-[0-9]{2}$'),
    pre_auth_required              boolean       not null,
    referral_required              boolean       not null,
    visit_limit                    integer       not null check (visit_limit >= 0),
    visit_limit_shared_by          text          not null default 'MASSAGE',      -- comma-separated disciplines (CS-06)
    liability_when_exhausted       text          not null default 'BILLED' check (liability_when_exhausted in ('BILLED', 'ALLOWED')),
    family_deductible_kind         text          not null default 'EMBEDDED' check (family_deductible_kind in ('EMBEDDED', 'AGGREGATE')),
    copay_before_deductible        boolean       not null default false,
    deductible_waived_for_rehab    boolean       not null default false,
    hsa_qualified                  boolean       not null default false,
    in_deductible                  numeric(12,2) not null check (in_deductible >= 0),
    in_coinsurance_percent         numeric(5,2)  not null check (in_coinsurance_percent between 0 and 100),
    in_copay                       numeric(12,2) not null check (in_copay >= 0),
    in_out_of_pocket_max           numeric(12,2)          check (in_out_of_pocket_max >= 0),
    in_family_deductible           numeric(12,2)          check (in_family_deductible >= 0),
    in_family_out_of_pocket_max    numeric(12,2)          check (in_family_out_of_pocket_max >= 0),
    oon_deductible                 numeric(12,2) not null check (oon_deductible >= 0),
    oon_coinsurance_percent        numeric(5,2)  not null check (oon_coinsurance_percent between 0 and 100),
    oon_copay                      numeric(12,2) not null check (oon_copay >= 0),
    oon_out_of_pocket_max          numeric(12,2)          check (oon_out_of_pocket_max >= 0),
    oon_family_deductible          numeric(12,2)          check (oon_family_deductible >= 0),
    oon_family_out_of_pocket_max   numeric(12,2)          check (oon_family_out_of_pocket_max >= 0),
    registered_at                  timestamptz   not null default now(),
    primary key (plan_id, effective_from)
);

insert into plan_version (plan_id, effective_from, plan_year_start, pre_auth_required, referral_required, visit_limit,
                          in_deductible, in_coinsurance_percent, in_copay, in_out_of_pocket_max,
                          oon_deductible, oon_coinsurance_percent, oon_copay, oon_out_of_pocket_max)
select plan_id, date '1900-01-01', plan_year_start, pre_auth_required, referral_required, visit_limit,
       in_deductible, in_coinsurance_percent, in_copay, in_out_of_pocket_max,
       oon_deductible, oon_coinsurance_percent, oon_copay, oon_out_of_pocket_max
from benefit_plan;

-- benefit_plan keeps the plan's identity; its terms live in the versions.
alter table benefit_plan
    drop column plan_year_start, drop column pre_auth_required, drop column referral_required, drop column visit_limit,
    drop column in_deductible, drop column in_coinsurance_percent, drop column in_copay, drop column in_out_of_pocket_max,
    drop column oon_deductible, drop column oon_coinsurance_percent, drop column oon_copay, drop column oon_out_of_pocket_max;

-- Family coverage: members with the same family_id share the family deductible and out-of-pocket maximum (CS-04).
alter table coverage
    add column family_id text,
    add column relationship text not null default 'SUBSCRIBER'
        check (relationship in ('SUBSCRIBER', 'SPOUSE', 'CHILD', 'OTHER_DEPENDENT'));

-- A posting remembers the family it counted toward; family balances are sums over the family's active rows.
alter table ledger_posting add column family_id text;
create index ledger_posting_by_family_and_dos on ledger_posting (family_id, date_of_service) where reversed_at is null;
create index ledger_posting_by_claim on ledger_posting (claim_id);

-- Visits count once per member, DOS and benefit group (CS-06).
alter table visit_posting add column benefit_group text not null default 'VISITS_MASSAGE';
drop index visit_posting_once_per_date_of_service;
create unique index visit_posting_once_per_date_of_service_and_group on visit_posting (member_id, date_of_service, benefit_group)
    where reversed_at is null;

-- A voided claim stays voided: a late cost-share request for it must not post again (CS-07).
create table voided_claim (
    claim_id    text        primary key,
    member_id   text        not null,
    voided_at   timestamptz not null default now()
);
