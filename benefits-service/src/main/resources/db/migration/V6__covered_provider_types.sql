-- Decision 0061: the NUCC taxonomy codes of the providers a plan version pays for massage (RULEBOOK §1.3), comma
-- separated like covered_procedure_codes; null: every provider type, as for every version before this column.
alter table plan_version add column covered_provider_types text
    check (covered_provider_types is null or covered_provider_types ~ '^[0-9]{3}[0-9A-Z]{6}X(,[0-9]{3}[0-9A-Z]{6}X)*$');
