-- Decisions that know the plan (issue 14 item 3, decision 0067).

-- From CoverageActivated: the plan's visits per plan year (CS-06) and the procedure codes its massage benefit covers
-- (RULEBOOK §5.2 step 0). Null on rows announced before: not known, so not judged.
alter table member_coverage_terms
    add column visit_limit integer check (visit_limit >= 0),
    add column covered_procedure_codes text[];

-- CS-06: the visits each member has used in a plan year, as benefits-service posts them (CostShareApplied gives the
-- count after posting, AccumulatorsReversed takes a voided claim's visit back).
create table plan_year_visits (
    member_id       text        not null,
    plan_year_start date        not null,
    plan_year_end   date        not null,
    visits_used     integer     not null check (visits_used >= 0),
    visit_limit     integer     not null check (visit_limit >= 0),
    updated_at      timestamptz not null default now(),
    primary key (member_id, plan_year_start),
    check (plan_year_end >= plan_year_start)
);
