package org.medmassage.benefits.costshare;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.medmassage.benefits.coverage.Coverage;
import org.medmassage.codesets.remittance.AdjustmentGroup;
import org.medmassage.codesets.remittance.CodedRejection;

/** CS-01 step 0: eligibility on the date of service. */
class EligibilityPolicyTest {

    private final EligibilityPolicy policy = new EligibilityPolicy();
    private final Coverage coverage2026 =
            new Coverage("M-1", "GOLD-PPO", LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-31"));

    @ParameterizedTest(name = "DOS {0} -> {1}")
    @CsvSource({"2025-12-31, 26", "2026-01-01, ''", "2026-03-10, ''", "2026-12-31, ''", "2027-01-01, 27"})
    void judges_coverage_on_the_date_of_service(LocalDate dateOfService, String expectedCarc) {
        Optional<CodedRejection> rejection = policy.check(Optional.of(coverage2026), dateOfService);

        assertThat(rejection.map(CodedRejection::carc).orElse("")).isEqualTo(expectedCarc);
        rejection.ifPresent(denied -> assertThat(denied.group()).isEqualTo(AdjustmentGroup.CO));
    }

    @Test
    void denies_a_member_without_coverage_with_CO_27() {
        assertThat(policy.check(Optional.empty(), LocalDate.parse("2026-03-10")))
                .hasValueSatisfying(rejection -> assertThat(rejection.carc()).isEqualTo("27"));
    }
}
