package org.medmassage.authorization.usage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClaimReleaseTest {

    // PA-04: only a denied (or voided) claim gives its visit back; a paid or partly paid one was treated
    @ParameterizedTest(name = "{0} leaves the visit: {1}")
    @CsvSource({"DENIED, true", "PAID, false", "PARTIALLY_PAID, false", "VOIDED, false", "PENDED, false"})
    void only_a_denied_adjudication_leaves_the_visit_PA_04(String status, boolean leaves) {
        assertThat(ClaimRelease.leavesVisit(status)).isEqualTo(leaves);
    }
}
