package org.medmassage.authorization.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PreAuthRequirementTest {

    private static final LocalDate DOS = LocalDate.parse("2026-03-10");

    private final PreAuthRequirement requirement = new PreAuthRequirement();

    @Test
    void an_unknown_member_needs_a_prior_authorization() {
        assertThat(requirement.on(List.of(), DOS)).isEqualTo(PreAuth.COVERAGE_UNKNOWN);
    }

    @Test
    void without_coverage_known_on_the_date_the_requirement_is_unknown_and_treated_as_required() {
        CoverageTerms ended = terms("PPO", "2025-01-01", "2025-12-31", false);

        assertThat(requirement.on(List.of(), DOS)).isEqualTo(PreAuth.COVERAGE_UNKNOWN);
        assertThat(requirement.on(List.of(ended), DOS)).isEqualTo(PreAuth.COVERAGE_UNKNOWN);
        assertThat(requirement.on(List.of(ended), LocalDate.parse("2025-06-30"))).isEqualTo(PreAuth.NOT_REQUIRED);
        assertThat(requirement.on(List.of(terms("HMO", "2026-01-01", null, true)), DOS)).isEqualTo(PreAuth.REQUIRED);
    }

    @Test
    void the_coverage_in_force_on_the_date_of_service_decides() {
        CoverageTerms noPreAuth = terms("PPO", "2026-01-01", null, false);

        assertThat(requirement.on(List.of(noPreAuth), DOS)).isEqualTo(PreAuth.NOT_REQUIRED);
        assertThat(requirement.on(List.of(terms("HMO", "2026-01-01", "2026-12-31", true)), DOS))
                .isEqualTo(PreAuth.REQUIRED);
    }

    @Test
    void a_date_no_coverage_spans_needs_a_prior_authorization() {
        CoverageTerms ended = terms("PPO", "2025-01-01", "2025-12-31", false);

        assertThat(requirement.on(List.of(ended), DOS)).isEqualTo(PreAuth.COVERAGE_UNKNOWN);
    }

    @Test
    void the_latest_activation_wins_when_coverages_overlap() {
        CoverageTerms old = terms("PPO", "2025-01-01", null, false);
        CoverageTerms newer = terms("HMO", "2026-03-01", null, true);

        assertThat(requirement.on(List.of(old, newer), DOS)).isEqualTo(PreAuth.REQUIRED);
        assertThat(requirement.on(List.of(old, newer), LocalDate.parse("2026-02-27"))).isEqualTo(PreAuth.NOT_REQUIRED);
    }

    private static CoverageTerms terms(String planId, String from, String to, boolean preAuthRequired) {
        return new CoverageTerms("M-1001", planId, LocalDate.parse(from), to == null ? null : LocalDate.parse(to),
                preAuthRequired, false);
    }
}
