package org.medmassage.benefits.costshare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medmassage.benefits.fixtures.Plans.terms;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.medmassage.benefits.plan.TierTerms;
import org.medmassage.codesets.money.Money;

/** CS-01 line by line; rows are RULEBOOK §5.3 worked examples (common visit: allowed 70.00 + 32.00). */
class CostShareCalculatorTest {

    private final CostShareCalculator calculator = new CostShareCalculator();

    static Stream<Arguments> rulebookExamples() {
        return Stream.of(
                row("Example 1: IN deductible 50.00 left, 20% coinsurance", terms("500.00", 20, "0.00", "3000.00"),
                        new Remaining(money("50.00"), money("2000.00")),
                        line(1, "70.00", "50.00", "0.00", "4.00", "16.00"),
                        line(2, "32.00", "0.00", "0.00", "6.40", "25.60")),
                row("Example 2: 30.00 copay per visit, deductible waived", terms("0.00", 0, "30.00", "3000.00"),
                        new Remaining(money("0.00"), money("3000.00")),
                        line(1, "70.00", "0.00", "30.00", "0.00", "40.00"),
                        line(2, "32.00", "0.00", "0.00", "0.00", "32.00")),
                row("Example 2b: copay above allowed is capped at allowed (CS-02)", terms("0.00", 0, "30.00", "3000.00"),
                        new Remaining(money("0.00"), money("3000.00")),
                        line(1, "25.00", "0.00", "25.00", "0.00", "0.00")),
                row("Example 3: OOP max reached inside the claim", terms("500.00", 20, "0.00", "3000.00"),
                        new Remaining(money("0.00"), money("12.00")),
                        line(1, "70.00", "0.00", "0.00", "12.00", "58.00"),
                        line(2, "32.00", "0.00", "0.00", "0.00", "32.00")),
                row("Example 4a: OON deductible not met", terms("1000.00", 40, "0.00", null),
                        Remaining.uncapped(money("500.00")),
                        line(1, "60.00", "60.00", "0.00", "0.00", "0.00"),
                        line(2, "30.00", "30.00", "0.00", "0.00", "0.00")),
                row("Example 4b: OON deductible met, 40% coinsurance", terms("1000.00", 40, "0.00", null),
                        Remaining.uncapped(money("0.00")),
                        line(1, "60.00", "0.00", "0.00", "24.00", "36.00"),
                        line(2, "30.00", "0.00", "0.00", "12.00", "18.00")),
                row("Example 8: HSA-HDHP deductible not met takes the whole allowed", terms("1700.00", 20, "0.00", "8500.00"),
                        new Remaining(money("1000.00"), money("8500.00")),
                        line(1, "70.00", "70.00", "0.00", "0.00", "0.00"),
                        line(2, "32.00", "32.00", "0.00", "0.00", "0.00")),
                row("Foundation claim 1: GOLD-PPO, 80.00 allowed all to deductible", terms("500.00", 20, "0.00", "3000.00"),
                        new Remaining(money("500.00"), money("3000.00")),
                        line(1, "80.00", "80.00", "0.00", "0.00", "0.00")),
                row("Foundation claim 2: GOLD-PPO, 120.00 allowed all to deductible", terms("500.00", 20, "0.00", "3000.00"),
                        new Remaining(money("420.00"), money("2920.00")),
                        line(1, "120.00", "120.00", "0.00", "0.00", "0.00")));
    }

    static Stream<Arguments> orderOfOperationsEdges() {
        return Stream.of(
                row("copay larger than line 1 continues on line 2 (copay is per visit)", terms("0.00", 20, "30.00", null),
                        Remaining.uncapped(money("0.00")),
                        line(1, "20.00", "0.00", "20.00", "0.00", "0.00"),
                        line(2, "50.00", "0.00", "10.00", "8.00", "32.00")),
                row("OOP cap reduces coinsurance first, then copay", terms("500.00", 20, "20.00", "3000.00"),
                        new Remaining(money("40.00"), money("50.00")),
                        line(1, "100.00", "40.00", "10.00", "0.00", "50.00")),
                row("OOP cap reduces the deductible last", terms("500.00", 20, "20.00", "3000.00"),
                        new Remaining(money("40.00"), money("30.00")),
                        line(1, "100.00", "30.00", "0.00", "0.00", "70.00")),
                row("coinsurance rounds HALF_UP per line", terms("0.00", 15, "0.00", null),
                        Remaining.uncapped(money("0.00")),
                        line(1, "10.30", "0.00", "0.00", "1.55", "8.75")),
                row("lines are shared in line-number order whatever order they arrive in", terms("500.00", 20, "0.00", null),
                        Remaining.uncapped(money("50.00")),
                        line(2, "32.00", "0.00", "0.00", "6.40", "25.60"),
                        line(1, "70.00", "50.00", "0.00", "4.00", "16.00")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource({"rulebookExamples", "orderOfOperationsEdges"})
    void splits_each_line_into_deductible_copay_coinsurance_and_plan_paid(
            String example, TierTerms terms, Remaining before, List<LineShare> expected) {
        List<AllowedLine> lines = expected.stream().map(share -> new AllowedLine(share.lineNumber(), "97124", share.allowed())).toList();

        CostShare share = calculator.calculate(terms, before, lines);

        assertThat(share.lines()).containsExactlyElementsOf(
                expected.stream().sorted((a, b) -> Integer.compare(a.lineNumber(), b.lineNumber())).toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource({"rulebookExamples", "orderOfOperationsEdges"})
    void every_line_balances_allowed_against_patient_and_plan(
            String example, TierTerms terms, Remaining before, List<LineShare> expected) {
        List<AllowedLine> lines = expected.stream().map(share -> new AllowedLine(share.lineNumber(), "97124", share.allowed())).toList();

        CostShare share = calculator.calculate(terms, before, lines);

        assertThat(share.patientResponsibility().add(share.planPaid())).isEqualTo(share.allowed());
        share.lines().forEach(line ->
                assertThat(line.patientResponsibility().add(line.planPaid())).isEqualTo(line.allowed()));
    }

    static Stream<Arguments> claimTotals() {
        return Stream.of(
                Arguments.of("Example 1", terms("500.00", 20, "0.00", "3000.00"), new Remaining(money("50.00"), money("2000.00")),
                        "60.40", "41.60"),
                Arguments.of("Example 2", terms("0.00", 0, "30.00", "3000.00"), new Remaining(money("0.00"), money("3000.00")),
                        "30.00", "72.00"),
                Arguments.of("Example 3", terms("500.00", 20, "0.00", "3000.00"), new Remaining(money("0.00"), money("12.00")),
                        "12.00", "90.00"),
                Arguments.of("Example 8", terms("1700.00", 20, "0.00", "8500.00"), new Remaining(money("1000.00"), null),
                        "102.00", "0.00"));
    }

    @ParameterizedTest(name = "{0}: patient {3}, plan {4}")
    @MethodSource("claimTotals")
    void totals_the_common_visit_like_the_rulebook(String example, TierTerms terms, Remaining before,
                                                  String patient, String plan) {
        CostShare share = calculator.calculate(terms, before,
                List.of(new AllowedLine(1, "97124", money("70.00")), new AllowedLine(2, "97140", money("32.00"))));

        assertThat(share.patientResponsibility()).isEqualTo(money(patient));
        assertThat(share.planPaid()).isEqualTo(money(plan));
    }

    private static Arguments row(String example, TierTerms terms, Remaining before, LineShare... expected) {
        return Arguments.of(example, terms, before, new ArrayList<>(Arrays.asList(expected)));
    }

    private static LineShare line(int lineNumber, String allowed, String deductible, String copay, String coinsurance,
                                  String planPaid) {
        return new LineShare(lineNumber, money(allowed), money(deductible), money(copay), money(coinsurance), money(planPaid));
    }

    private static BigDecimal money(String amount) {
        return Money.of(amount);
    }
}
