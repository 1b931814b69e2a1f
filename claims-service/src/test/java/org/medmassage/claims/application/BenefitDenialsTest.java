package org.medmassage.claims.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.medmassage.claims.adjudication.UncoveredLine;
import org.medmassage.claims.reason.ClaimRejections;
import org.medmassage.codesets.remittance.AdjustmentGroup;
import org.medmassage.codesets.remittance.CodedRejection;
import org.medmassage.events.benefit.BenefitLimitReached;
import org.medmassage.events.benefit.NotCoveredLine;

class BenefitDenialsTest {

    private static final LocalDate DOS = LocalDate.of(2026, 3, 10);

    @Test
    void reads_a_visit_limit_without_not_covered_lines_as_every_line_covered() {
        BenefitLimitReached absent = new BenefitLimitReached("c-1", "M-1001", DOS, 20, 20, "119", "N640", "BILLED",
                null);
        BenefitLimitReached empty = new BenefitLimitReached("c-1", "M-1001", DOS, 20, 20, "119", "N640");

        assertThat(BenefitDenials.notCovered(absent.notCoveredLines())).isEmpty();
        assertThat(BenefitDenials.notCovered(empty.notCoveredLines())).isEmpty();
        assertThat(BenefitDenials.visitLimit(absent)).isEqualTo(
                ClaimRejections.benefitLimitReached("visit limit reached: 20 of 20 visits used"));
    }

    @Test
    void puts_PR_119_on_the_allowed_amount_only_when_the_liability_basis_is_ALLOWED() {
        assertThat(BenefitDenials.visitLimit(new BenefitLimitReached("c-1", "M-1001", DOS, 20, 20, "119", "N640",
                "ALLOWED")).onAllowedAmount()).isTrue();
        assertThat(BenefitDenials.visitLimit(new BenefitLimitReached("c-1", "M-1001", DOS, 20, 20, "119", "N640",
                null)).onAllowedAmount()).isFalse();
    }

    @Test
    void denies_a_not_covered_line_as_benefits_coded_it() {
        List<UncoveredLine> notCovered = BenefitDenials.notCovered(List.of(new NotCoveredLine(2, "97012", "PR", "204",
                "N130", "97012 is not a covered service under plan GOLD-PPO.")));

        assertThat(notCovered).containsExactly(new UncoveredLine(2, new CodedRejection(AdjustmentGroup.PR, "204",
                "N130", "97012 is not a covered service under plan GOLD-PPO.")));
    }
}
