package org.medmassage.benefits.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.medmassage.benefits.plan.AnnualLimits;
import org.medmassage.benefits.plan.AnnualLimitsTable;
import org.medmassage.benefits.plan.PlanYear;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** An operator adds a year's ACA/HSA figures in configuration, as the environment variables of a deployment would. */
class AnnualLimitsPropertiesTest {

    private static final PlanYear YEAR_2027 = PlanYear.containing(MonthDay.of(1, 1), LocalDate.parse("2027-01-01"));

    @Test
    void a_configured_2027_is_added_to_the_rulebook_years() {
        AnnualLimitsProperties properties = bind(figures2027());

        assertThat(properties.table().forPlanYear(YEAR_2027)).get()
                .extracting(AnnualLimits::acaOutOfPocketSelf).isEqualTo(new BigDecimal("11000.00"));
        assertThat(properties.table().forPlanYear(PlanYear.containing(MonthDay.of(1, 1), LocalDate.parse("2026-05-01"))))
                .get().extracting(AnnualLimits::acaOutOfPocketSelf).isEqualTo(new BigDecimal("10600.00"));
    }

    @Test
    void a_year_missing_a_figure_stops_the_service_naming_what_is_missing() {
        AnnualLimitsProperties properties = bind(Map.of(
                "medmassage.benefits.annual-limits.2027.aca-out-of-pocket-self", "11000.00"));

        assertThatIllegalStateException().isThrownBy(properties::table)
                .withMessageContaining("medmassage.benefits.annual-limits.2027 needs all six figures");
    }

    @Test
    void figures_that_cannot_be_right_stop_the_service_saying_why() {
        Map<String, String> figures = new java.util.HashMap<>(figures2027());
        figures.put("medmassage.benefits.annual-limits.2027.aca-out-of-pocket-self", "24000.00");
        figures.put("medmassage.benefits.annual-limits.2027.hsa-min-deductible-self", "0.00");

        assertThatIllegalStateException().isThrownBy(bind(figures)::table)
                .withMessageContaining("ACA out-of-pocket self-only 24000.00 is above 22000.00")
                .withMessageContaining("every figure must be positive");
    }

    @Test
    void the_figures_bind_from_environment_variables_as_a_deployment_sets_them() {
        Map<String, Object> environment = new java.util.HashMap<>();
        figures2027().forEach((key, value) -> environment.put(
                key.toUpperCase().replace(".", "_").replace("-", ""), value));
        AnnualLimitsProperties properties = new Binder(ConfigurationPropertySources.from(
                new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, environment)))
                .bind("medmassage.benefits", AnnualLimitsProperties.class).get();

        assertThat(environment).containsKey("MEDMASSAGE_BENEFITS_ANNUALLIMITS_2027_ACAOUTOFPOCKETSELF");
        assertThat(properties.table().forPlanYear(YEAR_2027)).get()
                .extracting(AnnualLimits::hsaOutOfPocketFamily).isEqualTo(new BigDecimal("17400.00"));
    }

    @Test
    void the_rulebook_figures_are_consistent() {
        for (int year : List.of(2025, 2026)) {
            assertThat(AnnualLimitsTable.RULEBOOK.forPlanYear(PlanYear.containing(MonthDay.of(1, 1),
                    LocalDate.of(year, 1, 1)))).get().satisfies(limits -> assertThat(limits.inconsistencies()).isEmpty());
        }
    }

    @Test
    void without_configuration_only_the_rulebook_years_are_known() {
        assertThat(new AnnualLimitsProperties(null).table().forPlanYear(YEAR_2027)).isEmpty();
    }

    /** Illustrative figures for a year the RULEBOOK does not know. */
    private static Map<String, String> figures2027() {
        return Map.of(
                "medmassage.benefits.annual-limits.2027.aca-out-of-pocket-self", "11000.00",
                "medmassage.benefits.annual-limits.2027.aca-out-of-pocket-family", "22000.00",
                "medmassage.benefits.annual-limits.2027.hsa-min-deductible-self", "1750.00",
                "medmassage.benefits.annual-limits.2027.hsa-min-deductible-family", "3500.00",
                "medmassage.benefits.annual-limits.2027.hsa-out-of-pocket-self", "8700.00",
                "medmassage.benefits.annual-limits.2027.hsa-out-of-pocket-family", "17400.00");
    }

    private static AnnualLimitsProperties bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bind("medmassage.benefits", AnnualLimitsProperties.class).get();
    }
}
