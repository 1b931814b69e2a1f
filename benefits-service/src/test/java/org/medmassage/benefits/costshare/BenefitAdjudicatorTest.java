package org.medmassage.benefits.costshare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medmassage.benefits.fixtures.Plans.goldPpo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.medmassage.benefits.accumulator.Accumulators;
import org.medmassage.benefits.accumulator.Bucket;
import org.medmassage.benefits.accumulator.Ledger;
import org.medmassage.benefits.accumulator.Milestone;
import org.medmassage.benefits.accumulator.Posting;
import org.medmassage.benefits.accumulator.VisitPosting;
import org.medmassage.benefits.coverage.Coverage;
import org.medmassage.benefits.coverage.Enrollment;
import org.medmassage.benefits.plan.BenefitPlan;
import org.medmassage.benefits.plan.CoveredServices;
import org.medmassage.codesets.money.Money;
import org.medmassage.codesets.remittance.AdjustmentGroup;
import org.medmassage.codesets.remittance.CodedRejection;
import org.medmassage.events.NetworkTier;

/** Saga step 4 against the accumulators: RULEBOOK Examples 1, 4a, 5, the foundation story and covered codes (§5.2). */
class BenefitAdjudicatorTest {

    private static final LocalDate DOS = LocalDate.parse("2026-03-10");
    private static final NetworkTier IN = NetworkTier.IN_NETWORK;
    private static final NetworkTier OON = NetworkTier.OUT_OF_NETWORK;

    private final BenefitAdjudicator adjudicator = new BenefitAdjudicator();
    private final BenefitPlan plan = goldPpo();
    private final Optional<Enrollment> covered =
            Optional.of(new Enrollment(new Coverage("M-1", "GOLD-PPO", LocalDate.parse("2026-01-01"), null), plan));

    @Test
    void foundation_story_posts_two_claims_to_the_deductible_and_counts_two_visits() {
        Adjudication.Applied first = applied(adjudicator.adjudicate(
                request("C-1", LocalDate.parse("2026-03-03"), IN, "80.00"), covered, Ledger.empty()));

        assertThat(first.costShare().deductible()).isEqualTo(money("80.00"));
        assertThat(first.costShare().patientResponsibility()).isEqualTo(money("80.00"));
        assertThat(first.costShare().planPaid()).isEqualTo(money("0.00"));
        assertThat(first.after().deductibleRemaining(IN)).isEqualTo(money("420.00"));
        assertThat(first.after().visitsUsed()).isEqualTo(1);

        Ledger afterFirst = Ledger.empty().with(first.postings(), first.visits());
        Adjudication.Applied second = applied(adjudicator.adjudicate(
                request("C-2", LocalDate.parse("2026-03-10"), IN, "120.00"), covered, afterFirst));

        assertThat(second.costShare().deductible()).isEqualTo(money("120.00"));
        assertThat(second.after().deductibleRemaining(IN)).isEqualTo(money("300.00"));
        assertThat(second.after().visitsUsed()).isEqualTo(2);
    }

    @Test
    void balances_after_a_claim_equal_the_sum_of_the_ledger_rows() {
        Adjudication.Applied applied = applied(adjudicator.adjudicate(
                request("C-1", DOS, IN, "70.00", "32.00"), covered, example1Ledger()));

        Ledger ledger = example1Ledger().with(applied.postings(), applied.visits());
        BigDecimal deductibleRows = sum(ledger, Bucket.DED_IN);
        BigDecimal outOfPocketRows = sum(ledger, Bucket.OOP_IN);

        assertThat(applied.after().balances().deductibleMet(IN)).isEqualTo(deductibleRows);
        assertThat(applied.after().balances().outOfPocketMet(IN)).isEqualTo(outOfPocketRows);
        assertThat(applied.after().visitsUsed()).isEqualTo(ledger.visits().size());
    }

    @Test
    void example_1_leaves_deductible_0_out_of_pocket_1939_60_and_visits_6_of_20() {
        Adjudication.Applied applied = applied(adjudicator.adjudicate(
                request("C-1", DOS, IN, "70.00", "32.00"), covered, example1Ledger()));

        Accumulators after = applied.after();
        assertThat(after.deductibleRemaining(IN)).isEqualTo(money("0.00"));
        assertThat(after.outOfPocketRemaining(IN)).isEqualTo(money("1939.60"));
        assertThat(after.visitsUsed()).isEqualTo(6);
        assertThat(applied.postings()).containsExactly(
                new Posting("C-1", DOS, Bucket.DED_IN, money("50.00")),
                new Posting("C-1", DOS, Bucket.OOP_IN, money("60.40")));
        assertThat(applied.milestones()).containsExactly(
                new Milestone.DeductibleMet(IN, LocalDate.parse("2026-01-01"), money("500.00")));
    }

    @Test
    void example_4a_posts_out_of_network_to_the_OON_buckets_only() {
        Adjudication.Applied applied = applied(adjudicator.adjudicate(
                request("C-1", DOS, OON, "60.00", "30.00"), covered, Ledger.empty()));

        assertThat(applied.postings()).containsExactly(
                new Posting("C-1", DOS, Bucket.DED_OON, money("90.00")),
                new Posting("C-1", DOS, Bucket.OOP_OON, money("90.00")));
        assertThat(applied.after().deductibleRemaining(IN)).isEqualTo(money("500.00"));
        assertThat(applied.after().deductibleRemaining(OON)).isEqualTo(money("910.00"));
    }

    @Test
    void example_5_denies_a_visit_over_the_limit_with_PR_119_and_posts_nothing() {
        Adjudication decision = adjudicator.adjudicate(request("C-21", DOS, IN, "70.00", "32.00"), covered,
                ledgerWithVisits(20));

        assertThat(decision).isInstanceOfSatisfying(Adjudication.OverVisitLimit.class, over -> {
            assertThat(over.rejection().carc()).isEqualTo("119");
            assertThat(over.rejection().rarc()).isEqualTo("N640");
            assertThat(over.visitsUsed()).isEqualTo(20);
            assertThat(over.visitLimit()).isEqualTo(20);
        });
    }

    @Test
    void example_5_boundary_covers_the_20th_visit_and_warns_none_are_left() {
        Adjudication.Applied applied = applied(adjudicator.adjudicate(
                request("C-20", DOS, IN, "70.00", "32.00"), covered, ledgerWithVisits(19)));

        assertThat(applied.after().visitsUsed()).isEqualTo(20);
        assertThat(applied.milestones()).contains(new Milestone.VisitLimitApproaching(20, 20, 0));
    }

    @Test
    void a_second_claim_on_the_same_date_of_service_does_not_count_another_visit() {
        Ledger sameDay = Ledger.empty().with(List.of(), List.of(new VisitPosting("C-1", DOS)));

        Adjudication.Applied applied = applied(adjudicator.adjudicate(
                request("C-2", DOS, IN, "32.00"), covered, sameDay));

        assertThat(applied.visits()).isEmpty();
        assertThat(applied.after().visitsUsed()).isEqualTo(1);
    }

    @Test
    void a_claim_posts_to_the_plan_year_of_its_date_of_service() {
        Ledger lastYear = Ledger.empty().with(
                List.of(new Posting("C-0", LocalDate.parse("2025-12-30"), Bucket.DED_IN, money("500.00"))),
                List.of(new VisitPosting("C-0", LocalDate.parse("2025-12-30"))));

        Adjudication.Applied applied = applied(adjudicator.adjudicate(
                request("C-1", DOS, IN, "80.00"), covered, lastYear));

        assertThat(applied.costShare().deductible()).isEqualTo(money("80.00"));
        assertThat(applied.after().visitsUsed()).isEqualTo(1);
    }

    @Test
    void reaching_the_out_of_pocket_max_is_a_milestone() {
        Ledger nearMax = Ledger.empty().with(List.of(
                new Posting("C-0", DOS, Bucket.DED_IN, money("500.00")),
                new Posting("C-0", DOS, Bucket.OOP_IN, money("2988.00"))), List.of());

        Adjudication.Applied applied = applied(adjudicator.adjudicate(
                request("C-1", DOS, IN, "70.00", "32.00"), covered, nearMax));

        assertThat(applied.costShare().patientResponsibility()).isEqualTo(money("12.00"));
        assertThat(applied.milestones()).containsExactly(
                new Milestone.OutOfPocketMaxReached(IN, LocalDate.parse("2026-01-01"), money("3000.00")));
    }

    @Test
    void denies_a_date_of_service_without_coverage_with_CO_27_and_posts_nothing() {
        Adjudication decision = adjudicator.adjudicate(request("C-1", DOS, IN, "70.00"), Optional.empty(), Ledger.empty());

        assertThat(decision).isInstanceOfSatisfying(Adjudication.NotCovered.class,
                notCovered -> assertThat(notCovered.rejection().carc()).isEqualTo("27"));
    }

    @Test
    void denies_a_line_the_plan_does_not_cover_with_PR_204_and_shares_the_rest_as_example_1() {
        Optional<Enrollment> massageOnly = Optional.of(new Enrollment(covered.get().coverage(), coveringOnly("97124")));

        Adjudication.Applied applied = applied(adjudicator.adjudicate(
                request("C-1", DOS, IN, line(1, "97124", "70.00"), line(2, "97140", "32.00")), massageOnly,
                example1Ledger()));

        assertThat(applied.costShare().lines()).containsExactly(
                new LineShare(1, money("70.00"), money("50.00"), money("0.00"), money("4.00"), money("16.00")));
        assertThat(applied.notCovered()).singleElement().satisfies(line -> {
            assertThat(line.lineNumber()).isEqualTo(2);
            assertThat(line.procedureCode()).isEqualTo("97140");
            assertThat(line.rejection()).extracting(CodedRejection::group, CodedRejection::carc, CodedRejection::rarc)
                    .containsExactly(AdjustmentGroup.PR, "204", "N130");
        });
        // CS-05: nothing of the non-covered line posts; the visit still counts once
        assertThat(applied.postings()).containsExactly(
                new Posting("C-1", DOS, Bucket.DED_IN, money("50.00")),
                new Posting("C-1", DOS, Bucket.OOP_IN, money("54.00")));
        assertThat(applied.after().visitsUsed()).isEqualTo(6);
    }

    @Test
    void refuses_a_visit_whose_codes_are_none_of_them_covered_with_PR_204_and_counts_no_visit() {
        Optional<Enrollment> massageOnly = Optional.of(new Enrollment(covered.get().coverage(), coveringOnly("97124")));

        Adjudication decision = adjudicator.adjudicate(
                request("C-1", DOS, IN, line(1, "97140", "32.00"), line(2, "97110", "30.00")), massageOnly,
                ledgerWithVisits(20));

        assertThat(decision).isInstanceOfSatisfying(Adjudication.NotCovered.class, notCovered -> {
            assertThat(notCovered.rejection())
                    .extracting(CodedRejection::group, CodedRejection::carc, CodedRejection::rarc)
                    .containsExactly(AdjustmentGroup.PR, "204", "N130");
            assertThat(notCovered.rejection().reason()).contains("[97110, 97140]");
        });
    }

    @Test
    void over_the_visit_limit_a_line_the_plan_does_not_cover_keeps_its_own_PR_204() {
        Adjudication decision = adjudicator.adjudicate(
                request("C-21", DOS, IN, line(1, "97124", "70.00"), line(2, "97012", "15.00")), covered,
                ledgerWithVisits(20));

        assertThat(decision).isInstanceOfSatisfying(Adjudication.OverVisitLimit.class, over -> {
            assertThat(over.rejection().carc()).isEqualTo("119");
            assertThat(over.notCovered()).extracting(UncoveredLine::lineNumber, line -> line.rejection().carc())
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "204"));
        });
    }

    @Test
    void a_plan_that_names_no_codes_covers_97124_and_97140_but_not_97110() {
        Adjudication.Applied applied = applied(adjudicator.adjudicate(
                request("C-1", DOS, IN, line(1, "97124", "70.00"), line(2, "97140", "32.00"), line(3, "97110", "30.00")),
                covered, Ledger.empty()));

        assertThat(applied.costShare().lines()).extracting(LineShare::lineNumber).containsExactly(1, 2);
        assertThat(applied.notCovered()).extracting(UncoveredLine::lineNumber).containsExactly(3);
    }

    @Test
    void an_out_of_network_visit_under_a_plan_without_out_of_network_benefit_is_denied_PR_242_and_posts_nothing() {
        BenefitPlan hmo = new BenefitPlan("SILVER-HMO", plan.effectiveFrom(), plan.planYearStart(),
                plan.preAuthRequired(), plan.referralRequired(), plan.visits(), plan.inNetwork(), null, plan.rules());
        Optional<Enrollment> enrolled =
                Optional.of(new Enrollment(new Coverage("M-1", "SILVER-HMO", LocalDate.parse("2026-01-01"), null), hmo));

        Adjudication denied = adjudicator.adjudicate(request("C-1", DOS, OON, "60.00", "30.00"), enrolled,
                example1Ledger());
        Adjudication inNetwork = adjudicator.adjudicate(request("C-2", DOS, IN, "70.00"), enrolled, example1Ledger());

        assertThat(denied).isInstanceOfSatisfying(Adjudication.NotCovered.class, notCovered ->
                assertThat(notCovered.rejection().code()).isEqualTo("PR-242"));
        assertThat(applied(inNetwork).after().visitsUsed()).isEqualTo(6);
    }

    private BenefitPlan coveringOnly(String... codes) {
        return new BenefitPlan(plan.planId(), plan.effectiveFrom(), plan.planYearStart(), plan.preAuthRequired(),
                plan.referralRequired(), plan.visits(), plan.inNetwork(), plan.outOfNetwork(), plan.rules(),
                new CoveredServices(Set.of(codes)));
    }

    private static AllowedLine line(int lineNumber, String code, String allowed) {
        return new AllowedLine(lineNumber, code, money(allowed));
    }

    private static CostShareRequest request(String claimId, LocalDate dos, NetworkTier tier, AllowedLine... lines) {
        return new CostShareRequest(claimId, "M-1", dos, tier, List.of(lines));
    }

    /** Example 1 starting point: 450.00 of the 500.00 deductible met, 1000.00 of 3000.00 OOP, 5 visits. */
    private static Ledger example1Ledger() {
        return ledgerWithVisits(5).with(List.of(
                new Posting("C-0", LocalDate.parse("2026-01-15"), Bucket.DED_IN, money("450.00")),
                new Posting("C-0", LocalDate.parse("2026-01-15"), Bucket.OOP_IN, money("1000.00"))), List.of());
    }

    private static Ledger ledgerWithVisits(int visits) {
        List<VisitPosting> rows = IntStream.range(0, visits)
                .mapToObj(day -> new VisitPosting("C-V" + day, LocalDate.parse("2026-01-01").plusDays(day)))
                .toList();
        return Ledger.empty().with(List.of(), rows);
    }

    private static CostShareRequest request(String claimId, LocalDate dos, NetworkTier tier, String... allowed) {
        List<AllowedLine> lines = new ArrayList<>();
        for (int i = 0; i < allowed.length; i++) {
            lines.add(new AllowedLine(i + 1, "97124", money(allowed[i])));
        }
        return new CostShareRequest(claimId, "M-1", dos, tier, lines);
    }

    private static Adjudication.Applied applied(Adjudication adjudication) {
        assertThat(adjudication).isInstanceOf(Adjudication.Applied.class);
        return (Adjudication.Applied) adjudication;
    }

    private static BigDecimal sum(Ledger ledger, Bucket bucket) {
        return ledger.postings().stream().filter(posting -> posting.bucket() == bucket)
                .map(Posting::amount).reduce(Money.ZERO, BigDecimal::add);
    }

    private static BigDecimal money(String amount) {
        return Money.of(amount);
    }
}
