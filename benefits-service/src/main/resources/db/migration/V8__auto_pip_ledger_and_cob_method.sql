-- Issue 15 item 4 (decision 0074): an auto PIP coverage's limit per accident, the PIP ledger it is drawn from, and how
-- a plan pays as secondary.

alter table coverage
    add column accident_limit numeric(12,2) check (accident_limit > 0),
    add constraint coverage_accident_limit_is_pip check ((payer_type = 'AUTO_PIP') = (accident_limit is not null));

-- What auto PIP paid, per claim, against the limit of the accident it was for; a reversal (CS-07) gives it back.
create table pip_posting (
    id               bigserial     primary key,
    member_id        text          not null,
    claim_id         text          not null,
    accident_date    date          not null,
    date_of_service  date          not null,
    amount           numeric(12,2) not null check (amount > 0),
    posted_at        timestamptz   not null default now(),
    reversed_at      timestamptz
);
create unique index pip_posting_once_per_claim on pip_posting (claim_id) where reversed_at is null;
create index pip_posting_by_accident on pip_posting (member_id, accident_date) where reversed_at is null;

alter table plan_version
    add column cob_method text not null default 'STANDARD' check (cob_method in ('STANDARD', 'NON_DUPLICATION'));
