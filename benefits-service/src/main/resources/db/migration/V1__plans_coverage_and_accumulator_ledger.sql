-- benefits-service: plans, coverage and the accumulator ledger. Money is numeric(12,2), never floating point.

create table benefit_plan (
    plan_id                   text        primary key,
    plan_year_start           char(5)     not null check (plan_year_start ~ '^[0-9]{2}-[0-9]{2}$'),  -- MM-DD (CS-03)
    pre_auth_required         boolean     not null,
    referral_required         boolean     not null,
    visit_limit               integer     not null check (visit_limit >= 0),                          -- per plan year (CS-06)
    in_deductible             numeric(12,2) not null check (in_deductible >= 0),
    in_coinsurance_percent    numeric(5,2)  not null check (in_coinsurance_percent between 0 and 100),
    in_copay                  numeric(12,2) not null check (in_copay >= 0),
    in_out_of_pocket_max      numeric(12,2)          check (in_out_of_pocket_max >= 0),              -- null: none
    oon_deductible            numeric(12,2) not null check (oon_deductible >= 0),
    oon_coinsurance_percent   numeric(5,2)  not null check (oon_coinsurance_percent between 0 and 100),
    oon_copay                 numeric(12,2) not null check (oon_copay >= 0),
    oon_out_of_pocket_max     numeric(12,2)          check (oon_out_of_pocket_max >= 0),
    updated_at                timestamptz not null default now()
);

-- One coverage per member (PUT replaces it).
create table coverage (
    member_id       text        primary key,
    plan_id         text        not null references benefit_plan (plan_id),
    effective_from  date        not null,
    effective_to    date,
    updated_at      timestamptz not null default now(),
    check (effective_to is null or effective_to >= effective_from)
);

-- The accumulator ledger: balances are sums of the active rows, never stored on their own (DESIGN §5).
-- The date of service, not posted_at, places a row in a plan year (CS-03). A reversal (CS-07) stamps reversed_at.
create table ledger_posting (
    id               bigserial     primary key,
    member_id        text          not null,
    claim_id         text          not null,
    date_of_service  date          not null,
    bucket           text          not null check (bucket in ('DED_IN', 'DED_OON', 'OOP_IN', 'OOP_OON')),
    amount           numeric(12,2) not null,
    posted_at        timestamptz   not null default now(),
    reversed_at      timestamptz
);
create unique index ledger_posting_once_per_claim_and_bucket on ledger_posting (claim_id, bucket) where reversed_at is null;
create index ledger_posting_by_member_and_dos on ledger_posting (member_id, date_of_service) where reversed_at is null;

-- Counted visits: one active row per member and date of service, whatever the lines or claims (CS-06).
create table visit_posting (
    id               bigserial   primary key,
    member_id        text        not null,
    date_of_service  date        not null,
    claim_id         text        not null,
    posted_at        timestamptz not null default now(),
    reversed_at      timestamptz
);
create unique index visit_posting_once_per_date_of_service on visit_posting (member_id, date_of_service)
    where reversed_at is null;
create index visit_posting_by_claim on visit_posting (claim_id);
