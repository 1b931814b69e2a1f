package org.medmassage.benefits.costshare;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.medmassage.benefits.plan.CobMethod;

/**
 * RULEBOOK §7.3 Example 11: the visit of Example 1 (97124 70.00 + 97140 32.00 allowed, deductible met, 20 %
 * coinsurance: the plan's normal benefit 81.60) after auto PIP paid its last 50.00; and the cases around it.
 */
class CoordinationOfBenefitsTest {

    @ParameterizedTest(name = "{0} after {1}: plan pays {2}, patient owes {3}")
    @CsvSource({
            // Example 11: min(81.60, 102.00 − 50.00) = 52.00, patient 0.00
            "STANDARD,         50.00, 52.00,  0.00",
            // Example 11: 81.60 − 50.00 = 31.60, patient 102.00 − 50.00 − 31.60 = 20.40
            "NON_DUPLICATION,  50.00, 31.60, 20.40",
            // the primary paid more than the plan's benefit: nothing more from the plan
            "NON_DUPLICATION,  90.00,  0.00, 12.00",
            "STANDARD,         90.00, 12.00,  0.00",
            // the primary paid it all
            "STANDARD,        102.00,  0.00,  0.00",
            "NON_DUPLICATION, 102.00,  0.00,  0.00",
            // a primary payment over the allowed amount counts up to the allowed amount
            "STANDARD,        150.00,  0.00,  0.00",
    })
    void example_11_pays_as_secondary_by_the_plans_method(CobMethod method, String prior, String planPays,
            String patientOwes) {
        CostShare secondary = CoordinationOfBenefits.asSecondary(example1DeductibleMet(), new BigDecimal(prior),
                method);

        assertThat(secondary.planPaid()).isEqualByComparingTo(planPays);
        assertThat(secondary.patientResponsibility()).isEqualByComparingTo(patientOwes);
        assertThat(secondary.priorPayerPaid()).isEqualByComparingTo(new BigDecimal(prior).min(new BigDecimal("102.00")));
        secondary.lines().forEach(line -> assertThat(line.deductible().add(line.copay()).add(line.coinsurance())
                .add(line.planPaid()).add(line.priorPayerPaid()).add(line.overLimit()))
                .as("line %d balances", line.lineNumber()).isEqualByComparingTo(line.allowed()));
    }

    @ParameterizedTest(name = "{0}: line 1 {1}/{2}/{3}, line 2 {4}/{5}/{6} (patient/prior/plan)")
    @CsvSource({
            "STANDARD,         0.00, 50.00, 20.00, 0.00, 0.00, 32.00",
            "NON_DUPLICATION, 14.00, 50.00,  6.00, 6.40, 0.00, 25.60",
    })
    void spreads_example_11_over_the_lines_patient_first_then_the_prior_payment(CobMethod method,
            String patient1, String prior1, String plan1, String patient2, String prior2, String plan2) {
        List<LineShare> lines = CoordinationOfBenefits.asSecondary(example1DeductibleMet(), new BigDecimal("50.00"),
                method).lines();

        assertThat(lines.get(0).patientResponsibility()).isEqualByComparingTo(patient1);
        assertThat(lines.get(0).priorPayerPaid()).isEqualByComparingTo(prior1);
        assertThat(lines.get(0).planPaid()).isEqualByComparingTo(plan1);
        assertThat(lines.get(1).patientResponsibility()).isEqualByComparingTo(patient2);
        assertThat(lines.get(1).priorPayerPaid()).isEqualByComparingTo(prior2);
        assertThat(lines.get(1).planPaid()).isEqualByComparingTo(plan2);
    }

    @ParameterizedTest(name = "{0}: the patient still owes {1}, all of it deductible")
    @CsvSource({
            // deductible not met: the plan's normal benefit is 0.00, so the primary's 50.00 lowers what the patient owes
            "STANDARD,        52.00",
            "NON_DUPLICATION, 52.00",
    })
    void before_the_deductible_is_met_what_the_patient_still_owes_meets_it(CobMethod method, String owes) {
        CostShare normal = new CostShare(List.of(
                new LineShare(1, money("70.00"), money("70.00"), money("0.00"), money("0.00"), money("0.00")),
                new LineShare(2, money("32.00"), money("32.00"), money("0.00"), money("0.00"), money("0.00"))));

        CostShare secondary = CoordinationOfBenefits.asSecondary(normal, new BigDecimal("50.00"), method);

        assertThat(secondary.planPaid()).isEqualByComparingTo("0.00");
        assertThat(secondary.deductible()).isEqualByComparingTo(owes);
        assertThat(secondary.coinsurance()).isEqualByComparingTo("0.00");
    }

    private static CostShare example1DeductibleMet() {
        return new CostShare(List.of(
                new LineShare(1, money("70.00"), money("0.00"), money("0.00"), money("14.00"), money("56.00")),
                new LineShare(2, money("32.00"), money("0.00"), money("0.00"), money("6.40"), money("25.60"))));
    }

    private static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }
}
