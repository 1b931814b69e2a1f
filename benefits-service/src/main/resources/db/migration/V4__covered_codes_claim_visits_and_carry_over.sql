-- Issue 4, continued.

-- The procedure codes a plan version covers (RULEBOOK §5.2 step 0, "benefit exists"); comma-separated. Versions
-- registered before this column covered the two medical-massage codes of RULEBOOK §4.1.
alter table plan_version add column covered_procedure_codes text not null default '97124,97140'
    check (covered_procedure_codes ~ '^[0-9A-Z]{5}(,[0-9A-Z]{5})*$');

-- Every applied claim's visit, counted or not: two claims for one date of service count one visit (CS-06), and when
-- the claim that counted it is voided (CS-07) the visit passes to a claim of that date that still stands.
create table claim_visit (
    id               bigserial   primary key,
    member_id        text        not null,
    date_of_service  date        not null,
    claim_id         text        not null,
    benefit_group    text        not null,
    applied_at       timestamptz not null default now(),
    reversed_at      timestamptz
);
create unique index claim_visit_once_per_claim on claim_visit (claim_id) where reversed_at is null;
create index claim_visit_by_member_and_dos on claim_visit (member_id, date_of_service, benefit_group)
    where reversed_at is null;

-- Backfill from the claims applied before claim_visit existed: those that counted a visit, then those that shared a
-- counted date and posted money (their group is that of the date's counted visit). A claim that neither counted the
-- visit nor posted money (e.g. a second claim of a date after the out-of-pocket maximum) left no row to recover it
-- from; voiding the claim that counted its date gives that visit back.
insert into claim_visit (member_id, date_of_service, claim_id, benefit_group, applied_at)
select member_id, date_of_service, claim_id, benefit_group, posted_at from visit_posting where reversed_at is null;

insert into claim_visit (member_id, date_of_service, claim_id, benefit_group, applied_at)
select distinct on (p.claim_id) p.member_id, p.date_of_service, p.claim_id, v.benefit_group, p.posted_at
from ledger_posting p
join visit_posting v on v.member_id = p.member_id and v.date_of_service = p.date_of_service and v.reversed_at is null
where p.reversed_at is null
  and not exists (select 1 from claim_visit c where c.claim_id = p.claim_id and c.reversed_at is null)
order by p.claim_id, p.id;

-- A coverage period that starts mid plan year either carries the plan year's accumulators over (the usual deductible
-- credit on a plan change) or starts them afresh from its effective date.
alter table coverage add column carry_over_accumulators boolean not null default true;

-- The year whose ACA/HSA limits (RULEBOOK §5.1) a version was checked against when registered; null: none were known.
alter table plan_version add column annual_limits_year integer;

-- A family's coverage periods decide where its accumulators restart (CS-04).
create index coverage_by_family on coverage (family_id) where family_id is not null;
