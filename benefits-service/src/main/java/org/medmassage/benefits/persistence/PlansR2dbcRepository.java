package org.medmassage.benefits.persistence;

import io.r2dbc.spi.Readable;
import java.math.BigDecimal;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import org.medmassage.benefits.application.Plans;
import org.medmassage.benefits.plan.BenefitPlan;
import org.medmassage.benefits.plan.TierTerms;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

@Repository
class PlansR2dbcRepository implements Plans {

    private static final DateTimeFormatter MM_DD = DateTimeFormatter.ofPattern("MM-dd");

    private final DatabaseClient db;

    PlansR2dbcRepository(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<BenefitPlan> save(BenefitPlan plan) {
        DatabaseClient.GenericExecuteSpec upsert = db.sql("""
                        insert into benefit_plan (plan_id, plan_year_start, pre_auth_required, referral_required, visit_limit,
                            in_deductible, in_coinsurance_percent, in_copay, in_out_of_pocket_max,
                            oon_deductible, oon_coinsurance_percent, oon_copay, oon_out_of_pocket_max)
                        values (:planId, :planYearStart, :preAuthRequired, :referralRequired, :visitLimit,
                            :in_deductible, :in_coinsurance, :in_copay, :in_oop, :oon_deductible, :oon_coinsurance, :oon_copay, :oon_oop)
                        on conflict (plan_id) do update set plan_year_start = excluded.plan_year_start,
                            pre_auth_required = excluded.pre_auth_required, referral_required = excluded.referral_required,
                            visit_limit = excluded.visit_limit, in_deductible = excluded.in_deductible,
                            in_coinsurance_percent = excluded.in_coinsurance_percent, in_copay = excluded.in_copay,
                            in_out_of_pocket_max = excluded.in_out_of_pocket_max, oon_deductible = excluded.oon_deductible,
                            oon_coinsurance_percent = excluded.oon_coinsurance_percent, oon_copay = excluded.oon_copay,
                            oon_out_of_pocket_max = excluded.oon_out_of_pocket_max, updated_at = now()""")
                .bind("planId", plan.planId())
                .bind("planYearStart", MM_DD.format(plan.planYearStart()))
                .bind("preAuthRequired", plan.preAuthRequired())
                .bind("referralRequired", plan.referralRequired())
                .bind("visitLimit", plan.visitLimit());
        upsert = bindTerms(upsert, "in_", plan.inNetwork());
        upsert = bindTerms(upsert, "oon_", plan.outOfNetwork());
        return upsert.then().thenReturn(plan);
    }

    @Override
    public Mono<BenefitPlan> findById(String planId) {
        return db.sql("""
                        select plan_id, plan_year_start, pre_auth_required, referral_required, visit_limit,
                            in_deductible, in_coinsurance_percent, in_copay, in_out_of_pocket_max,
                            oon_deductible, oon_coinsurance_percent, oon_copay, oon_out_of_pocket_max
                        from benefit_plan where plan_id = :planId""")
                .bind("planId", planId)
                .map(PlansR2dbcRepository::toPlan)
                .one();
    }

    private static DatabaseClient.GenericExecuteSpec bindTerms(DatabaseClient.GenericExecuteSpec spec, String prefix,
                                                               TierTerms terms) {
        return spec.bind(prefix + "deductible", terms.deductible())
                .bind(prefix + "coinsurance", terms.coinsurancePercent())
                .bind(prefix + "copay", terms.copay())
                .bind(prefix + "oop", Parameter.fromOrEmpty(terms.outOfPocketMax(), BigDecimal.class));
    }

    private static BenefitPlan toPlan(Readable row) {
        return new BenefitPlan(row.get("plan_id", String.class),
                MonthDay.parse("--" + row.get("plan_year_start", String.class)),
                Boolean.TRUE.equals(row.get("pre_auth_required", Boolean.class)),
                Boolean.TRUE.equals(row.get("referral_required", Boolean.class)),
                row.get("visit_limit", Integer.class),
                terms(row, "in_"),
                terms(row, "oon_"));
    }

    private static TierTerms terms(Readable row, String prefix) {
        return new TierTerms(row.get(prefix + "deductible", BigDecimal.class),
                row.get(prefix + "coinsurance_percent", BigDecimal.class),
                row.get(prefix + "copay", BigDecimal.class),
                row.get(prefix + "out_of_pocket_max", BigDecimal.class));
    }
}
