-- claims-service: providers and their contracted rates, the out-of-network fee schedule, claims and their remittance.
-- Money is numeric(12,2) (RULEBOOK conventions: scale 2, HALF_UP, per line).

create table provider (
    npi           text        primary key,
    name          text        not null,
    network_tier  text        not null check (network_tier in ('IN_NETWORK', 'OUT_OF_NETWORK')),
    updated_at    timestamptz not null default now()
);

-- Contracted fee per unit (CS-01 step 1, in network).
create table provider_rate (
    npi             text          not null references provider (npi) on delete cascade,
    procedure_code  text          not null,
    rate_per_unit   numeric(12,2) not null check (rate_per_unit >= 0),
    primary key (npi, procedure_code)
);

-- The plan's maximum allowable per unit for non-participating providers (RULEBOOK §5.1).
create table out_of_network_fee (
    procedure_code          text          primary key,
    max_allowable_per_unit  numeric(12,2) not null check (max_allowable_per_unit >= 0)
);

create table claim (
    id                      uuid          primary key,
    member_id               text          not null,
    authorization_number    text,
    rendering_provider_npi  text          not null,
    network_tier            text          not null,
    date_of_service         date          not null,
    place_of_service        text          not null,
    diagnosis_codes         text[]        not null,
    status                  text          not null
        check (status in ('RECEIVED', 'IN_PROCESS', 'PAID', 'PARTIALLY_PAID', 'DENIED')),
    denial_reason           text,
    received_at             timestamptz   not null default now(),
    decided_at              timestamptz
);
create index claim_member on claim (member_id, date_of_service);

-- A priced line; the remittance columns stay null until the claim reaches a terminal state.
create table claim_line (
    claim_id                uuid          not null references claim (id) on delete cascade,
    line_number             int           not null,
    procedure_code          text          not null,
    modifiers               text[]        not null,
    units                   int           not null check (units > 0),
    charge                  numeric(12,2) not null,
    priced_allowed          numeric(12,2) not null,
    diagnosis_pointers      int[]         not null,
    allowed                 numeric(12,2),
    deductible              numeric(12,2),
    copay                   numeric(12,2),
    coinsurance             numeric(12,2),
    plan_paid               numeric(12,2),
    patient_responsibility  numeric(12,2),
    remark_codes            text[],
    denied                  boolean,
    primary key (claim_id, line_number)
);

-- 835 CAS triplets per line, in the order they were assembled.
create table line_adjustment (
    claim_id     uuid          not null,
    line_number  int           not null,
    sequence     int           not null,
    group_code   text          not null check (group_code in ('CO', 'PR', 'OA', 'PI')),
    carc         text          not null,
    amount       numeric(12,2) not null,
    primary key (claim_id, line_number, sequence),
    foreign key (claim_id, line_number) references claim_line (claim_id, line_number) on delete cascade
);
