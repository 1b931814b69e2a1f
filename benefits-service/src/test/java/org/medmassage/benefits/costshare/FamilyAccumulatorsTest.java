package org.medmassage.benefits.costshare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medmassage.benefits.fixtures.Plans.familyTerms;
import static org.medmassage.benefits.fixtures.Plans.plan;
import static org.medmassage.benefits.fixtures.Plans.terms;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.medmassage.benefits.accumulator.Accumulators;
import org.medmassage.benefits.accumulator.Bucket;
import org.medmassage.benefits.accumulator.Ledger;
import org.medmassage.benefits.accumulator.Posting;
import org.medmassage.benefits.coverage.Coverage;
import org.medmassage.benefits.coverage.Enrollment;
import org.medmassage.benefits.coverage.Relationship;
import org.medmassage.benefits.plan.BenefitPlan;
import org.medmassage.benefits.plan.CostShareRules;
import org.medmassage.benefits.plan.FamilyDeductible;
import org.medmassage.benefits.plan.VisitBenefit;
import org.medmassage.codesets.money.Money;
import org.medmassage.events.NetworkTier;

/** CS-04 family deductibles (embedded vs aggregate) and the embedded individual out-of-pocket limit: Examples 7 and 9. */
class FamilyAccumulatorsTest {

    private static final LocalDate DOS = LocalDate.parse("2026-03-10");
    private static final LocalDate EARLIER = LocalDate.parse("2026-02-01");
    private static final NetworkTier IN = NetworkTier.IN_NETWORK;

    private final BenefitAdjudicator adjudicator = new BenefitAdjudicator();

    /** Example 7: individual 1,500.00 embedded in a 3,000.00 family deductible, 20 % coinsurance. */
    private static BenefitPlan example7(FamilyDeductible kind) {
        return plan("FAMILY-PPO", VisitBenefit.massageOnly(20), familyTerms("1500.00", "3000.00", 20, "6000.00", "12000.00"),
                terms("3000.00", 40, "0.00", null), new CostShareRules(kind, false, false, false));
    }

    @Test
    void example_7_member_C_pays_100_00_deductible_and_0_40_coinsurance_then_the_family_deductible_is_met() {
        // paid so far: A 1,500.00, B 900.00, C 500.00 (family 2,900.00)
        Ledger ledgerOfC = ledger(posting("C-C0", "500.00"), List.of(posting("C-A0", "1500.00"), posting("C-B0", "900.00")));

        Adjudication.Applied applied = applied(adjudicator.adjudicate(request("C-C1", "M-C", "70.00", "32.00"),
                family("M-C", example7(FamilyDeductible.EMBEDDED)), ledgerOfC));

        assertThat(applied.costShare().lines()).containsExactly(
                new LineShare(1, money("70.00"), money("70.00"), money("0.00"), money("0.00"), money("0.00")),
                new LineShare(2, money("32.00"), money("30.00"), money("0.00"), money("0.40"), money("1.60")));
        assertThat(applied.costShare().deductible()).isEqualTo(money("100.00"));
        assertThat(applied.costShare().coinsurance()).isEqualTo(money("0.40"));
        assertThat(applied.costShare().patientResponsibility()).isEqualTo(money("100.40"));
        assertThat(applied.costShare().planPaid()).isEqualTo(money("1.60"));
        assertThat(applied.after().familyDeductibleRemaining(IN)).isEqualTo(money("0.00"));
        assertThat(applied.after().individualDeductibleRemaining(IN)).isEqualTo(money("900.00"));
        assertThat(applied.after().deductibleRemaining(IN)).isEqualTo(money("0.00"));
    }

    @Test
    void example_7_member_B_then_owes_no_deductible_although_B_paid_only_900_00() {
        Ledger ledgerOfB = ledger(posting("C-B0", "900.00"),
                List.of(posting("C-A0", "1500.00"), posting("C-C0", "500.00"), posting("C-C1", "100.00")));

        Adjudication.Applied applied = applied(adjudicator.adjudicate(request("C-B1", "M-B", "70.00", "32.00"),
                family("M-B", example7(FamilyDeductible.EMBEDDED)), ledgerOfB));

        assertThat(applied.costShare().deductible()).isEqualTo(money("0.00"));
        assertThat(applied.costShare().coinsurance()).isEqualTo(money("20.40"));
        assertThat(applied.costShare().planPaid()).isEqualTo(money("81.60"));
    }

    @Test
    void embedded_member_who_met_the_individual_deductible_owes_none_but_aggregate_ignores_the_individual_amount() {
        // A met the individual 1,500.00; the family has 100.00 left
        Ledger ledgerOfA = ledger(posting("C-A0", "1500.00"), List.of(posting("C-B0", "900.00"), posting("C-C0", "500.00")));
        CostShareRequest claim = request("C-A1", "M-A", "70.00", "32.00");

        Adjudication.Applied embedded = applied(adjudicator.adjudicate(claim,
                family("M-A", example7(FamilyDeductible.EMBEDDED)), ledgerOfA));
        Adjudication.Applied aggregate = applied(adjudicator.adjudicate(claim,
                family("M-A", example7(FamilyDeductible.AGGREGATE)), ledgerOfA));

        assertThat(embedded.costShare().deductible()).isEqualTo(money("0.00"));
        assertThat(aggregate.costShare().deductible()).isEqualTo(money("100.00"));
        assertThat(aggregate.after().deductibleRemaining(IN)).isEqualTo(money("0.00"));
    }

    @Test
    void self_only_coverage_on_a_family_plan_uses_the_individual_amounts_only() {
        Ledger ledgerOfA = ledger(posting("C-A0", "1400.00"), List.of());

        Adjudication.Applied applied = applied(adjudicator.adjudicate(request("C-A1", "M-A", "70.00", "32.00"),
                selfOnly("M-A", example7(FamilyDeductible.AGGREGATE)), ledgerOfA));

        assertThat(applied.costShare().deductible()).isEqualTo(money("100.00"));
        assertThat(applied.after().familyDeductibleRemaining(IN)).isNull();
    }

    @Test
    void example_9_member_D_who_paid_10_600_00_owes_nothing_although_the_family_paid_less_than_21_200_00() {
        BenefitPlan aca2026 = plan("FAMILY-ACA", VisitBenefit.massageOnly(20),
                familyTerms("1000.00", "2000.00", 20, "10600.00", "21200.00"), terms("3000.00", 40, "0.00", null),
                CostShareRules.STANDARD);
        Ledger ledgerOfD = new Ledger(List.of(new Posting("C-D0", EARLIER, Bucket.DED_IN, money("1000.00")),
                new Posting("C-D0", EARLIER, Bucket.OOP_IN, money("10600.00"))), List.of(),
                List.of(new Posting("C-E0", EARLIER, Bucket.OOP_IN, money("2500.00"))));

        Adjudication.Applied applied = applied(adjudicator.adjudicate(request("C-D1", "M-D", "70.00", "32.00"),
                family("M-D", aca2026), ledgerOfD));

        assertThat(Accumulators.of(aca2026, aca2026.planYearOf(DOS), ledgerOfD, true).outOfPocketRemaining(IN))
                .isEqualTo(money("0.00"));
        assertThat(applied.after().familyOutOfPocketRemaining(IN)).isEqualTo(money("8100.00"));
        assertThat(applied.costShare().patientResponsibility()).isEqualTo(money("0.00"));
        assertThat(applied.costShare().planPaid()).isEqualTo(money("102.00"));
        assertThat(applied.postings()).isEmpty();
    }

    @Test
    void the_family_out_of_pocket_maximum_caps_a_member_below_the_individual_limit() {
        BenefitPlan plan = plan("FAMILY-OOP", VisitBenefit.massageOnly(20),
                familyTerms("0.00", "0.00", 20, "5000.00", "6000.00"), terms("3000.00", 40, "0.00", null),
                CostShareRules.STANDARD);
        Ledger ledgerOfE = new Ledger(List.of(), List.of(),
                List.of(new Posting("C-F0", EARLIER, Bucket.OOP_IN, money("5990.00"))));

        Adjudication.Applied applied = applied(adjudicator.adjudicate(request("C-E1", "M-E", "70.00", "32.00"),
                family("M-E", plan), ledgerOfE));

        assertThat(applied.costShare().coinsurance()).isEqualTo(money("10.00"));
        assertThat(applied.after().outOfPocketRemaining(IN)).isEqualTo(money("0.00"));
    }

    private static Optional<Enrollment> family(String memberId, BenefitPlan plan) {
        return Optional.of(new Enrollment(new Coverage(memberId, plan.planId(), LocalDate.parse("2026-01-01"), null,
                "F-1", Relationship.CHILD), plan));
    }

    private static Optional<Enrollment> selfOnly(String memberId, BenefitPlan plan) {
        return Optional.of(new Enrollment(new Coverage(memberId, plan.planId(), LocalDate.parse("2026-01-01"), null), plan));
    }

    /** Deductible postings also count toward out-of-pocket (CS-01 step 7). */
    private static Ledger ledger(List<Posting> own, List<List<Posting>> relatives) {
        return new Ledger(own, List.of(), relatives.stream().flatMap(List::stream).toList());
    }

    private static List<Posting> posting(String claimId, String deductible) {
        return List.of(new Posting(claimId, EARLIER, Bucket.DED_IN, money(deductible)),
                new Posting(claimId, EARLIER, Bucket.OOP_IN, money(deductible)));
    }

    private static CostShareRequest request(String claimId, String memberId, String... allowed) {
        List<AllowedLine> lines = new java.util.ArrayList<>();
        for (int i = 0; i < allowed.length; i++) {
            lines.add(new AllowedLine(i + 1, "97124", money(allowed[i])));
        }
        return new CostShareRequest(claimId, memberId, DOS, IN, lines);
    }

    private static Adjudication.Applied applied(Adjudication adjudication) {
        assertThat(adjudication).isInstanceOf(Adjudication.Applied.class);
        return (Adjudication.Applied) adjudication;
    }

    private static BigDecimal money(String amount) {
        return Money.of(amount);
    }
}
