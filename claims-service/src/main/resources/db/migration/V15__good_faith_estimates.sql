-- Issue 15 item 5, second half (decision 0075; RULEBOOK §7.4, ALT-04): the Good Faith Estimates given to self-pay
-- patients, kept as issued: the patient and provider are copied in, so a later change on file does not rewrite them.
-- (V14 is another change's; V13 the self-pay claim, decision 0073.)
create table good_faith_estimate (
    id                      uuid          primary key,
    member_id               text          not null,
    patient_first_name      text          not null,
    patient_last_name       text          not null,
    patient_date_of_birth   date          not null,
    provider_npi            text          not null,
    provider_name           text          not null,
    provider_tax_id         text          not null check (provider_tax_id ~ '^[0-9]{9}$'),
    practice_line1          text          not null,
    practice_city           text          not null,
    practice_state          text          not null,
    practice_postal_code    text          not null,
    diagnosis_codes         text[]        not null default '{}',
    scheduled_dates         date[]        not null check (cardinality(scheduled_dates) > 0),
    trigger_kind            text          not null check (trigger_kind in ('SCHEDULED', 'REQUESTED')),
    trigger_on              date          not null,
    due_rule                text          not null,
    due_by                  date          not null check (due_by >= trigger_on),
    issued_on               date          not null,
    -- ALT-04: issued on or before the day it was due; kept with the row so late estimates can be counted
    issued_on_time          boolean       generated always as (issued_on <= due_by) stored,
    created_at              timestamptz   not null default now()
);
create index good_faith_estimate_by_member on good_faith_estimate (member_id, issued_on);

-- One planned service: expected charge = cash rate × units per session × sessions; the usual charge and the
-- self-pay discount only when the provider gave its usual charge.
create table good_faith_estimate_item (
    estimate_id             uuid          not null references good_faith_estimate (id) on delete cascade,
    item_number             int           not null,
    procedure_code          text          not null,
    units_per_session       int           not null check (units_per_session > 0),
    sessions                int           not null check (sessions > 0),
    cash_rate_per_unit      numeric(12,2) not null check (cash_rate_per_unit > 0),
    expected_charge         numeric(12,2) not null,
    usual_charge_per_unit   numeric(12,2) check (usual_charge_per_unit >= cash_rate_per_unit),
    primary key (estimate_id, item_number)
);
