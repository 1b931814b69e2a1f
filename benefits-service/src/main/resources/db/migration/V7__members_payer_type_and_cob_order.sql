-- Issue 15 item 1 (decision 0069): the member's name and date of birth, and on each coverage its payer type and its
-- coordination-of-benefits order.

create table member (
    member_id     text        primary key,
    first_name    text        not null,
    last_name     text        not null,
    date_of_birth date        not null,
    updated_at    timestamptz not null default now()
);

-- A member may hold several coverages at once: health plans in COB order (1 primary, 2 secondary, …), and a workers'
-- comp or auto PIP coverage beside them. A new period replaces only the periods of its own kind and order.
alter table coverage
    add column payer_type text not null default 'COMMERCIAL'
        check (payer_type in ('COMMERCIAL', 'MEDICARE_ADVANTAGE', 'MEDICAID', 'WORKERS_COMP', 'AUTO_PIP')),
    add column cob_order smallint not null default 1 check (cob_order between 1 and 9),
    add column payer_kind text generated always as (
        case when payer_type in ('WORKERS_COMP', 'AUTO_PIP') then payer_type else 'HEALTH' end) stored;
alter table coverage drop constraint coverage_pkey;
alter table coverage add primary key (member_id, payer_kind, cob_order, effective_from);
