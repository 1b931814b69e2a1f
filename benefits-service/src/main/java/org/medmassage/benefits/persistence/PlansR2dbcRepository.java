package org.medmassage.benefits.persistence;

import io.r2dbc.spi.Readable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.medmassage.benefits.application.Plans;
import org.medmassage.benefits.plan.CobMethod;
import org.medmassage.benefits.plan.BenefitPlan;
import org.medmassage.benefits.plan.CostShareRules;
import org.medmassage.benefits.plan.CoveredProviderTypes;
import org.medmassage.benefits.plan.CoveredServices;
import org.medmassage.benefits.plan.Discipline;
import org.medmassage.benefits.plan.FamilyDeductible;
import org.medmassage.benefits.plan.LiabilityBasis;
import org.medmassage.benefits.plan.TierTerms;
import org.medmassage.benefits.plan.TimedUnitMethod;
import org.medmassage.benefits.plan.VisitBenefit;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/** Plans as versions: one plan_version row per effective_from; a version without a date replaces them all. */
@Repository
class PlansR2dbcRepository implements Plans {

    private static final DateTimeFormatter MM_DD = DateTimeFormatter.ofPattern("MM-dd");
    private static final String COLUMNS = """
            plan_id, effective_from, plan_year_start, pre_auth_required, referral_required, visit_limit,
            visit_limit_shared_by, liability_when_exhausted, family_deductible_kind, copay_before_deductible,
            deductible_waived_for_rehab, hsa_qualified,
            in_deductible, in_coinsurance_percent, in_copay, in_out_of_pocket_max, in_family_deductible,
            in_family_out_of_pocket_max, oon_deductible, oon_coinsurance_percent, oon_copay, oon_out_of_pocket_max,
            oon_family_deductible, oon_family_out_of_pocket_max, out_of_network_benefit, timed_unit_method,
            covered_procedure_codes, covered_provider_types, cob_method""";

    private final DatabaseClient db;

    PlansR2dbcRepository(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<BenefitPlan> save(BenefitPlan plan, Integer annualLimitsYear) {
        Mono<Long> identity = db.sql("""
                        insert into benefit_plan (plan_id) values (:planId)
                        on conflict (plan_id) do update set updated_at = now()""")
                .bind("planId", plan.planId()).fetch().rowsUpdated();
        // a dateless version applies to every date: it replaces the whole history
        Mono<Long> replaced = db.sql("""
                        delete from plan_version where plan_id = :planId
                            and (effective_from = :from or :from = date '1900-01-01')""")
                .bind("planId", plan.planId()).bind("from", plan.effectiveFrom()).fetch().rowsUpdated();
        Mono<Long> checked = db.sql("""
                        update plan_version set annual_limits_year = :year
                        where plan_id = :planId and effective_from = :from""")
                .bind("year", Parameter.fromOrEmpty(annualLimitsYear, Integer.class))
                .bind("planId", plan.planId()).bind("from", plan.effectiveFrom())
                .fetch().rowsUpdated();
        return identity.then(replaced).then(insert(plan)).then(checked).thenReturn(plan);
    }

    @Override
    public Mono<Integer> annualLimitsYear(BenefitPlan version) {
        return db.sql("select annual_limits_year from plan_version where plan_id = :planId and effective_from = :from")
                .bind("planId", version.planId()).bind("from", version.effectiveFrom())
                .map(row -> Optional.ofNullable(row.get("annual_limits_year", Integer.class)))
                .one()
                .flatMap(Mono::justOrEmpty);
    }

    private Mono<Long> insert(BenefitPlan plan) {
        DatabaseClient.GenericExecuteSpec insert = db.sql("insert into plan_version (" + COLUMNS + ") values ("
                        + Arrays.stream(COLUMNS.split(",")).map(String::strip).map(column -> ":" + column)
                        .collect(Collectors.joining(", ")) + ")")
                .bind("plan_id", plan.planId())
                .bind("effective_from", plan.effectiveFrom())
                .bind("plan_year_start", MM_DD.format(plan.planYearStart()))
                .bind("pre_auth_required", plan.preAuthRequired())
                .bind("referral_required", plan.referralRequired())
                .bind("visit_limit", plan.visitLimit())
                .bind("visit_limit_shared_by", plan.visits().sharedBy().stream().map(Enum::name).sorted()
                        .collect(Collectors.joining(",")))
                .bind("liability_when_exhausted", plan.visits().liabilityWhenExhausted().name())
                .bind("family_deductible_kind", plan.rules().familyDeductible().name())
                .bind("copay_before_deductible", plan.rules().copayBeforeDeductible())
                .bind("deductible_waived_for_rehab", plan.rules().deductibleWaivedForRehab())
                .bind("hsa_qualified", plan.rules().hsaQualified())
                .bind("cob_method", plan.rules().cobMethod().name())
                .bind("out_of_network_benefit", plan.coversOutOfNetwork())
                .bind("timed_unit_method", plan.timedUnitMethod().name())
                .bind("covered_procedure_codes", String.join(",", plan.coveredServices().sorted()))
                .bind("covered_provider_types", Parameter.fromOrEmpty(
                        plan.providerTypes().sorted().map(codes -> String.join(",", codes)).orElse(null), String.class));
        insert = bindTerms(insert, "in_", plan.inNetwork());
        insert = bindTerms(insert, "oon_", plan.outOfNetwork());
        return insert.fetch().rowsUpdated();
    }

    /** The latest version. */
    @Override
    public Mono<BenefitPlan> findById(String planId) {
        return db.sql("select " + COLUMNS + " from plan_version where plan_id = :planId order by effective_from desc limit 1")
                .bind("planId", planId)
                .map(PlansR2dbcRepository::toPlan)
                .one();
    }

    /** The version in effect on the date; before the first version, the first one (the plan's earliest known terms). */
    @Override
    public Mono<BenefitPlan> findEffective(String planId, LocalDate date) {
        return db.sql("select " + COLUMNS + """
                         from plan_version where plan_id = :planId
                        order by (effective_from <= :date) desc,
                                 case when effective_from <= :date then effective_from end desc nulls last,
                                 effective_from asc
                        limit 1""")
                .bind("planId", planId).bind("date", date)
                .map(PlansR2dbcRepository::toPlan)
                .one();
    }

    /** Null terms (no out-of-network benefit) leave every column of the tier null. */
    private static DatabaseClient.GenericExecuteSpec bindTerms(DatabaseClient.GenericExecuteSpec spec, String prefix,
                                                               TierTerms terms) {
        boolean none = terms == null;
        return spec.bind(prefix + "deductible", amount(none ? null : terms.deductible()))
                .bind(prefix + "coinsurance_percent", amount(none ? null : terms.coinsurancePercent()))
                .bind(prefix + "copay", amount(none ? null : terms.copay()))
                .bind(prefix + "out_of_pocket_max", amount(none ? null : terms.outOfPocketMax()))
                .bind(prefix + "family_deductible", amount(none ? null : terms.familyDeductible()))
                .bind(prefix + "family_out_of_pocket_max", amount(none ? null : terms.familyOutOfPocketMax()));
    }

    private static Parameter amount(BigDecimal amount) {
        return Parameter.fromOrEmpty(amount, BigDecimal.class);
    }

    private static BenefitPlan toPlan(Readable row) {
        VisitBenefit visits = new VisitBenefit(row.get("visit_limit", Integer.class),
                Arrays.stream(row.get("visit_limit_shared_by", String.class).split(","))
                        .map(Discipline::valueOf).collect(Collectors.toSet()),
                LiabilityBasis.valueOf(row.get("liability_when_exhausted", String.class)));
        CostShareRules rules = new CostShareRules(FamilyDeductible.valueOf(row.get("family_deductible_kind", String.class)),
                Boolean.TRUE.equals(row.get("copay_before_deductible", Boolean.class)),
                Boolean.TRUE.equals(row.get("deductible_waived_for_rehab", Boolean.class)),
                Boolean.TRUE.equals(row.get("hsa_qualified", Boolean.class)),
                CobMethod.valueOf(row.get("cob_method", String.class)));
        return new BenefitPlan(row.get("plan_id", String.class), row.get("effective_from", LocalDate.class),
                MonthDay.parse("--" + row.get("plan_year_start", String.class)),
                Boolean.TRUE.equals(row.get("pre_auth_required", Boolean.class)),
                Boolean.TRUE.equals(row.get("referral_required", Boolean.class)),
                visits, terms(row, "in_"),
                Boolean.FALSE.equals(row.get("out_of_network_benefit", Boolean.class)) ? null : terms(row, "oon_"), rules,
                new CoveredServices(Set.of(row.get("covered_procedure_codes", String.class).split(","))),
                TimedUnitMethod.valueOf(row.get("timed_unit_method", String.class)),
                providerTypes(row.get("covered_provider_types", String.class)));
    }

    /** Null: the plan pays every provider type. */
    private static CoveredProviderTypes providerTypes(String codes) {
        return codes == null ? CoveredProviderTypes.ANY : CoveredProviderTypes.of(List.of(codes.split(",")));
    }

    private static TierTerms terms(Readable row, String prefix) {
        return new TierTerms(row.get(prefix + "deductible", BigDecimal.class),
                row.get(prefix + "coinsurance_percent", BigDecimal.class),
                row.get(prefix + "copay", BigDecimal.class),
                row.get(prefix + "out_of_pocket_max", BigDecimal.class),
                row.get(prefix + "family_deductible", BigDecimal.class),
                row.get(prefix + "family_out_of_pocket_max", BigDecimal.class));
    }
}
