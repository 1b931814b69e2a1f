package org.medmassage.benefits.pip;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.medmassage.benefits.costshare.AllowedLine;
import org.medmassage.benefits.costshare.AutoAccident;
import org.medmassage.benefits.costshare.CostShareRequest;
import org.medmassage.benefits.costshare.LineShare;
import org.medmassage.benefits.coverage.Coverage;
import org.medmassage.benefits.coverage.PayerType;
import org.medmassage.benefits.coverage.Relationship;
import org.medmassage.events.NetworkTier;

/** RULEBOOK §7.3: auto PIP first, per accident, with the shipped state rules (ALT-03 Florida, Massachusetts). */
class PersonalInjuryProtectionTest {

    private static final LocalDate ACCIDENT = LocalDate.parse("2026-02-20");
    private static final LocalDate DOS = LocalDate.parse("2026-03-10");

    private final PersonalInjuryProtection pip = new PersonalInjuryProtection(shippedRules());

    @Test
    void pays_the_last_50_00_of_the_accident_limit_and_leaves_the_rest_over_the_limit() {
        PipDecision.Paid paid = (PipDecision.Paid) pip.adjudicate(visit("NJ"), pipCoverage("1000.00"),
                new BigDecimal("950.00"));

        assertThat(paid.paid()).isEqualByComparingTo("50.00");
        assertThat(paid.limitRemaining()).isEqualByComparingTo("0.00");
        LineShare first = paid.share().lines().get(0);
        LineShare second = paid.share().lines().get(1);
        assertThat(first.planPaid()).isEqualByComparingTo("50.00");
        assertThat(first.overLimit()).isEqualByComparingTo("20.00");
        assertThat(second.planPaid()).isEqualByComparingTo("0.00");
        assertThat(second.overLimit()).isEqualByComparingTo("32.00");
        assertThat(paid.share().patientResponsibility()).isEqualByComparingTo("52.00");
        assertThat(paid.notCovered()).isEmpty();
    }

    @Test
    void pays_the_whole_visit_within_the_limit_with_no_cost_share() {
        PipDecision.Paid paid = (PipDecision.Paid) pip.adjudicate(visit("NJ"), pipCoverage("15000.00"),
                new BigDecimal("0.00"));

        assertThat(paid.paid()).isEqualByComparingTo("102.00");
        assertThat(paid.share().patientResponsibility()).isEqualByComparingTo("0.00");
        assertThat(paid.limitRemaining()).isEqualByComparingTo("14898.00");
    }

    @Test
    void denies_a_visit_after_the_accident_limit_is_used_up_with_PR_119() {
        PipDecision decision = pip.adjudicate(visit("NJ"), pipCoverage("1000.00"), new BigDecimal("1000.00"));

        assertThat(decision).isInstanceOfSatisfying(PipDecision.NotCovered.class, denied -> {
            assertThat(denied.rejection().code()).isEqualTo("PR-119");
            assertThat(denied.rejection().reason()).contains("accident of 2026-02-20").contains("health plan");
        });
    }

    @Test
    void florida_pip_does_not_pay_massage_97124_with_PR_204_but_pays_97140() {
        PipDecision.Paid paid = (PipDecision.Paid) pip.adjudicate(visit("FL"), pipCoverage("10000.00"),
                BigDecimal.ZERO);

        assertThat(paid.notCovered()).singleElement().satisfies(line -> {
            assertThat(line.procedureCode()).isEqualTo("97124");
            assertThat(line.rejection().code()).isEqualTo("PR-204");
            assertThat(line.rejection().remarkCode()).contains("N130");
        });
        assertThat(paid.share().lines()).singleElement().satisfies(line -> {
            assertThat(line.lineNumber()).isEqualTo(2);
            assertThat(line.planPaid()).isEqualByComparingTo("32.00");
        });
    }

    @Test
    void florida_pip_denies_a_massage_only_visit_with_PR_204() {
        CostShareRequest massageOnly = new CostShareRequest("C-1", "M-1", DOS, NetworkTier.IN_NETWORK,
                List.of(new AllowedLine(1, "97124", new BigDecimal("70.00"))), null, new AutoAccident(ACCIDENT, "FL"),
                null);

        assertThat(pip.adjudicate(massageOnly, pipCoverage("10000.00"), BigDecimal.ZERO))
                .isInstanceOfSatisfying(PipDecision.NotCovered.class,
                        denied -> assertThat(denied.rejection().code()).isEqualTo("PR-204"));
    }

    @Test
    void massachusetts_hands_over_to_the_health_plan_after_the_first_2000_00_of_pip() {
        PipDecision.Paid paid = (PipDecision.Paid) pip.adjudicate(visit("MA"), pipCoverage("8000.00"),
                new BigDecimal("1950.00"));

        assertThat(paid.paid()).isEqualByComparingTo("50.00");
        assertThat(paid.share().patientResponsibility()).isEqualByComparingTo("52.00");
        assertThat(pip.adjudicate(visit("MA"), pipCoverage("8000.00"), new BigDecimal("2000.00")))
                .isInstanceOf(PipDecision.NotCovered.class);
    }

    @Test
    void denies_without_a_pip_coverage_in_force_on_the_accident_date() {
        Coverage later = new Coverage("M-1", "AUTO-1", LocalDate.parse("2026-03-01"), null, null,
                Relationship.SUBSCRIBER, true, PayerType.AUTO_PIP, 1, new BigDecimal("1000.00"));

        assertThat(pip.adjudicate(visit("NJ"), Optional.empty(), BigDecimal.ZERO))
                .isInstanceOfSatisfying(PipDecision.NotCovered.class,
                        denied -> assertThat(denied.rejection().code()).isEqualTo("CO-27"));
        assertThat(pip.adjudicate(visit("NJ"), Optional.of(later), BigDecimal.ZERO))
                .isInstanceOfSatisfying(PipDecision.NotCovered.class,
                        denied -> assertThat(denied.rejection().code()).isEqualTo("CO-26"));
    }

    private static CostShareRequest visit(String state) {
        return new CostShareRequest("C-1", "M-1", DOS, NetworkTier.IN_NETWORK, List.of(
                new AllowedLine(1, "97124", new BigDecimal("70.00")),
                new AllowedLine(2, "97140", new BigDecimal("32.00"))), null, new AutoAccident(ACCIDENT, state), null);
    }

    private static Optional<Coverage> pipCoverage(String limit) {
        return Optional.of(new Coverage("M-1", "AUTO-1", LocalDate.parse("2026-01-01"), null, null,
                Relationship.SUBSCRIBER, true, PayerType.AUTO_PIP, 1, new BigDecimal(limit)));
    }

    private static PipStateRules shippedRules() {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                PersonalInjuryProtectionTest.class.getResourceAsStream("/auto-pip/state-rules.tsv")),
                StandardCharsets.UTF_8))) {
            return PipStateRuleFile.read(reader);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
