-- Decision 0058: an HMO/EPO-style plan version has no out-of-network benefit, so no out-of-network terms.
alter table plan_version add column out_of_network_benefit boolean not null default true;
alter table plan_version alter column oon_deductible drop not null;
alter table plan_version alter column oon_coinsurance_percent drop not null;
alter table plan_version alter column oon_copay drop not null;
alter table plan_version add constraint plan_version_oon_terms_match_benefit check (
    (out_of_network_benefit and oon_deductible is not null and oon_coinsurance_percent is not null and oon_copay is not null)
    or (not out_of_network_benefit and oon_deductible is null and oon_coinsurance_percent is null and oon_copay is null
        and oon_out_of_pocket_max is null and oon_family_deductible is null and oon_family_out_of_pocket_max is null));

-- Decision 0059: how the plan counts timed units (RULEBOOK §4.2); claims-service applies it at intake.
alter table plan_version add column timed_unit_method text not null default 'CMS_TOTAL_TIME'
    check (timed_unit_method in ('CMS_TOTAL_TIME', 'AMA_PER_CODE'));
