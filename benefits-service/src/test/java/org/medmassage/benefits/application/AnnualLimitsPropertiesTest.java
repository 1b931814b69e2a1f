package org.medmassage.benefits.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.medmassage.benefits.plan.AnnualLimits;
import org.medmassage.benefits.plan.PlanYear;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** An operator adds a year's ACA/HSA figures in configuration, as the environment variables of a deployment would. */
class AnnualLimitsPropertiesTest {

    private static final PlanYear YEAR_2027 = PlanYear.containing(MonthDay.of(1, 1), LocalDate.parse("2027-01-01"));

    @Test
    void a_configured_2027_is_added_to_the_rulebook_years() {
        AnnualLimitsProperties properties = bind(Map.of(
                "medmassage.benefits.annual-limits.2027.aca-out-of-pocket-self", "11000.00",
                "medmassage.benefits.annual-limits.2027.aca-out-of-pocket-family", "22000.00",
                "medmassage.benefits.annual-limits.2027.hsa-min-deductible-self", "1750.00",
                "medmassage.benefits.annual-limits.2027.hsa-min-deductible-family", "3500.00",
                "medmassage.benefits.annual-limits.2027.hsa-out-of-pocket-self", "8700.00",
                "medmassage.benefits.annual-limits.2027.hsa-out-of-pocket-family", "17400.00"));

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
    void without_configuration_only_the_rulebook_years_are_known() {
        assertThat(new AnnualLimitsProperties(null).table().forPlanYear(YEAR_2027)).isEmpty();
    }

    private static AnnualLimitsProperties bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bind("medmassage.benefits", AnnualLimitsProperties.class).get();
    }
}
