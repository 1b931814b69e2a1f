package org.medmassage.benefits.costshare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medmassage.benefits.fixtures.Plans.plan;
import static org.medmassage.benefits.fixtures.Plans.terms;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.medmassage.benefits.accumulator.Bucket;
import org.medmassage.benefits.accumulator.Ledger;
import org.medmassage.benefits.accumulator.Milestone;
import org.medmassage.benefits.accumulator.Posting;
import org.medmassage.benefits.accumulator.VisitPosting;
import org.medmassage.benefits.coverage.Coverage;
import org.medmassage.benefits.coverage.Enrollment;
import org.medmassage.benefits.plan.BenefitPlan;
import org.medmassage.benefits.plan.CostShareRules;
import org.medmassage.benefits.plan.Discipline;
import org.medmassage.benefits.plan.FamilyDeductible;
import org.medmassage.benefits.plan.LiabilityBasis;
import org.medmassage.benefits.plan.VisitBenefit;
import org.medmassage.codesets.money.Money;
import org.medmassage.events.NetworkTier;

/** Plan switches of CS-01/CS-06 through the adjudicator: Examples 2, 5 (ALLOWED basis) and 8, copay before deductible. */
class PlanTermsTest {

    private static final LocalDate DOS = LocalDate.parse("2026-03-10");
    private static final NetworkTier IN = NetworkTier.IN_NETWORK;

    private final BenefitAdjudicator adjudicator = new BenefitAdjudicator();

    @Test
    void example_2_rehab_visit_skips_an_unmet_deductible_and_pays_a_30_00_copay_on_line_1() {
        BenefitPlan copayPlan = plan("COPAY", VisitBenefit.massageOnly(20), terms("500.00", 0, "30.00", "3000.00"),
                terms("1000.00", 40, "0.00", null), new CostShareRules(FamilyDeductible.EMBEDDED, false, true, false));

        Adjudication.Applied applied = applied(adjudicator.adjudicate(request("70.00", "32.00"), covered(copayPlan),
                Ledger.empty()));

        assertThat(applied.costShare().lines()).containsExactly(
                new LineShare(1, money("70.00"), money("0.00"), money("30.00"), money("0.00"), money("40.00")),
                new LineShare(2, money("32.00"), money("0.00"), money("0.00"), money("0.00"), money("32.00")));
        assertThat(applied.postings()).containsExactly(new Posting("C-1", DOS, Bucket.OOP_IN, money("30.00")));
        assertThat(applied.after().deductibleRemaining(IN)).isEqualTo(money("500.00"));
        assertThat(applied.after().outOfPocketRemaining(IN)).isEqualTo(money("2970.00"));
        assertThat(applied.after().visitsUsed()).isEqualTo(1);
    }

    @Test
    void copay_before_the_deductible_takes_the_copay_first_and_the_rest_meets_the_deductible() {
        BenefitPlan before = plan("COPAY-FIRST", VisitBenefit.massageOnly(20), terms("500.00", 20, "30.00", "3000.00"),
                terms("1000.00", 40, "0.00", null), new CostShareRules(FamilyDeductible.EMBEDDED, true, false, false));
        BenefitPlan after = plan("COPAY-AFTER", VisitBenefit.massageOnly(20), terms("500.00", 20, "30.00", "3000.00"),
                terms("1000.00", 40, "0.00", null), CostShareRules.STANDARD);

        CostShare copayFirst = applied(adjudicator.adjudicate(request("70.00", "32.00"), covered(before),
                Ledger.empty())).costShare();
        CostShare deductibleFirst = applied(adjudicator.adjudicate(request("70.00", "32.00"), covered(after),
                Ledger.empty())).costShare();

        assertThat(copayFirst.copay()).isEqualTo(money("30.00"));
        assertThat(copayFirst.deductible()).isEqualTo(money("72.00"));
        assertThat(deductibleFirst.copay()).isEqualTo(money("0.00"));
        assertThat(deductibleFirst.deductible()).isEqualTo(money("102.00"));
    }

    @Test
    void example_8_hsa_hdhp_with_1000_00_deductible_left_puts_the_whole_102_00_on_the_deductible() {
        BenefitPlan hdhp = plan("HSA", VisitBenefit.massageOnly(20), terms("1700.00", 20, "0.00", "8500.00"),
                terms("3400.00", 40, "0.00", null), new CostShareRules(FamilyDeductible.EMBEDDED, false, false, true));
        Ledger met700 = new Ledger(List.of(new Posting("C-0", DOS.minusDays(30), Bucket.DED_IN, money("700.00")),
                new Posting("C-0", DOS.minusDays(30), Bucket.OOP_IN, money("700.00"))), List.of());

        Adjudication.Applied applied = applied(adjudicator.adjudicate(request("70.00", "32.00"), covered(hdhp), met700));

        assertThat(applied.costShare().deductible()).isEqualTo(money("102.00"));
        assertThat(applied.costShare().copay()).isEqualTo(money("0.00"));
        assertThat(applied.costShare().coinsurance()).isEqualTo(money("0.00"));
        assertThat(applied.costShare().planPaid()).isEqualTo(money("0.00"));
        assertThat(applied.after().deductibleRemaining(IN)).isEqualTo(money("898.00"));
    }

    @Test
    void example_5_over_the_limit_carries_the_plan_liability_basis_ALLOWED() {
        BenefitPlan allowedBasis = plan("ALLOWED-BASIS",
                new VisitBenefit(20, EnumSet.allOf(Discipline.class), LiabilityBasis.ALLOWED),
                terms("500.00", 20, "0.00", "3000.00"), terms("1000.00", 40, "0.00", null), CostShareRules.STANDARD);
        List<VisitPosting> twenty = IntStream.range(0, 20)
                .mapToObj(day -> new VisitPosting("C-V" + day, LocalDate.parse("2026-01-01").plusDays(day))).toList();

        Adjudication decision = adjudicator.adjudicate(request("70.00", "32.00"), covered(allowedBasis),
                new Ledger(List.of(), twenty));

        assertThat(decision).isInstanceOfSatisfying(Adjudication.OverVisitLimit.class, over -> {
            assertThat(over.liabilityBasis()).isEqualTo(LiabilityBasis.ALLOWED);
            assertThat(over.rejection().carc()).isEqualTo("119");
            assertThat(over.rejection().rarc()).isEqualTo("N640");
        });
        assertThat(allowedBasis.visits().benefitGroup()).isEqualTo("VISITS_REHAB_COMBINED");
    }

    @Test
    void the_visit_limit_warning_threshold_is_configurable() {
        BenefitPlan plan = plan("WARN", VisitBenefit.massageOnly(20), terms("500.00", 20, "0.00", "3000.00"),
                terms("1000.00", 40, "0.00", null), CostShareRules.STANDARD);
        List<VisitPosting> fourteen = IntStream.range(0, 14)
                .mapToObj(day -> new VisitPosting("C-V" + day, LocalDate.parse("2026-01-01").plusDays(day))).toList();

        Adjudication.Applied warnedAt5 = applied(new BenefitAdjudicator(5).adjudicate(request("70.00"), covered(plan),
                new Ledger(List.of(), fourteen)));
        Adjudication.Applied silentAt2 = applied(adjudicator.adjudicate(request("70.00"), covered(plan),
                new Ledger(List.of(), fourteen)));

        assertThat(warnedAt5.milestones()).contains(new Milestone.VisitLimitApproaching(15, 20, 5));
        assertThat(silentAt2.milestones()).noneMatch(Milestone.VisitLimitApproaching.class::isInstance);
    }

    private static Optional<Enrollment> covered(BenefitPlan plan) {
        return Optional.of(new Enrollment(new Coverage("M-1", plan.planId(), LocalDate.parse("2026-01-01"), null), plan));
    }

    private static CostShareRequest request(String... allowed) {
        List<AllowedLine> lines = new ArrayList<>();
        for (int i = 0; i < allowed.length; i++) {
            lines.add(new AllowedLine(i + 1, "97124", money(allowed[i])));
        }
        return new CostShareRequest("C-1", "M-1", DOS, IN, lines);
    }

    private static Adjudication.Applied applied(Adjudication adjudication) {
        assertThat(adjudication).isInstanceOf(Adjudication.Applied.class);
        return (Adjudication.Applied) adjudication;
    }

    private static BigDecimal money(String amount) {
        return Money.of(amount);
    }
}
