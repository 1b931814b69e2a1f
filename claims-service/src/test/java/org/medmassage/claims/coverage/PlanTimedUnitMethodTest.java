package org.medmassage.claims.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medmassage.claims.coding.TimedUnitMethod.AMA_PER_CODE;
import static org.medmassage.claims.coding.TimedUnitMethod.CMS_TOTAL_TIME;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.medmassage.claims.coding.TimedUnitMethod;

/** RULEBOOK §4.2: the units method is the member's plan's on the date of service, else the payer's default. */
class PlanTimedUnitMethodTest {

    private static final LocalDate DOS = LocalDate.parse("2026-03-10");

    private final PlanTimedUnitMethod method = new PlanTimedUnitMethod(CMS_TOTAL_TIME);

    static Stream<Arguments> coverages() {
        return Stream.of(
                Arguments.of("an AMA-per-code plan counts per code", List.of(terms("AMA", "2026-01-01", null,
                        AMA_PER_CODE)), AMA_PER_CODE),
                Arguments.of("a CMS plan counts total time", List.of(terms("CMS", "2026-01-01", null,
                        CMS_TOTAL_TIME)), CMS_TOTAL_TIME),
                Arguments.of("no coverage known yet: the default", List.of(), CMS_TOTAL_TIME),
                Arguments.of("a plan that does not say: the default", List.of(terms("OLD", "2026-01-01", null,
                        null)), CMS_TOTAL_TIME),
                Arguments.of("coverage ended before the date: the default", List.of(terms("AMA", "2025-01-01",
                        "2026-02-28", AMA_PER_CODE)), CMS_TOTAL_TIME),
                Arguments.of("coverage starting after the date: the default", List.of(terms("AMA", "2026-04-01",
                        null, AMA_PER_CODE)), CMS_TOTAL_TIME),
                Arguments.of("the later of two periods in effect decides", List.of(
                        terms("CMS", "2025-01-01", null, CMS_TOTAL_TIME),
                        terms("AMA", "2026-03-01", null, AMA_PER_CODE)), AMA_PER_CODE),
                Arguments.of("the plan of the date of service, not the latest one", List.of(
                        terms("AMA", "2026-01-01", "2026-03-31", AMA_PER_CODE),
                        terms("CMS", "2026-04-01", null, CMS_TOTAL_TIME)), AMA_PER_CODE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("coverages")
    void counts_units_by_the_method_of_the_member_s_plan_on_the_date_of_service(String behaviour,
            List<CoverageTerms> coverage, TimedUnitMethod expected) {
        assertThat(method.on(coverage, DOS)).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void falls_back_to_the_configured_default_whatever_it_is() {
        assertThat(new PlanTimedUnitMethod(AMA_PER_CODE).on(List.of(), DOS)).isEqualTo(AMA_PER_CODE);
    }

    private static CoverageTerms terms(String planId, String from, String to, TimedUnitMethod method) {
        return new CoverageTerms("M-1001", planId, LocalDate.parse(from), to == null ? null : LocalDate.parse(to),
                method);
    }
}
