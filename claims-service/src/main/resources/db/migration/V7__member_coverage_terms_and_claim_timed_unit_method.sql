-- claims-service (decision 0059): the coverage terms intake needs from CoverageActivated, and on each claim the
-- timed-unit method its units were counted by (RULEBOOK §4.2), so a reader sees why 38 minutes made 3 units.
-- timed_unit_method null: the plan did not say (intake uses the configured default) / a claim from before V7.

create table member_coverage_terms (
    member_id          text not null,
    plan_id            text not null,
    effective_from     date not null,
    effective_to       date,
    timed_unit_method  text check (timed_unit_method in ('CMS_TOTAL_TIME', 'AMA_PER_CODE')),
    primary key (member_id, plan_id, effective_from)
);

alter table claim add column timed_unit_method text check (timed_unit_method in ('CMS_TOTAL_TIME', 'AMA_PER_CODE'));
