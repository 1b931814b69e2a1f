package org.medmassage.claims.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class EightMinuteRuleTest {

    private final EightMinuteRule cms = EightMinuteRule.cmsTotalTime();
    private final EightMinuteRule ama = EightMinuteRule.amaPerCode();

    /** RULEBOOK §4.2 "CMS examples (tests)": minutes per code ⇒ units per code (CPT-01). */
    static Stream<Arguments> cmsExamples() {
        return Stream.of(
                Arguments.of("1", "97112=24,97110=23", List.of(2, 1)),
                Arguments.of("2", "97112=20,97110=20", List.of(2, 1)),
                Arguments.of("3", "97110=33,97140=7", List.of(2, 1)),
                Arguments.of("4", "97110=18,97140=13,97035=10", List.of(1, 1, 1)),
                Arguments.of("5", "97124=7,97140=7", List.of(1, 0)),
                Arguments.of("6", "97124=52", List.of(3)),
                Arguments.of("7", "97124=53", List.of(4)));
    }

    @ParameterizedTest(name = "CMS example {0}: {1} ⇒ {2}")
    @MethodSource("cmsExamples")
    void pools_timed_minutes_and_gives_extra_units_to_the_largest_remainders(String example, String minutes,
            List<Integer> expected) {
        assertThat(cms.units(services(minutes))).isEqualTo(expected);
    }

    @Test
    void never_bills_three_units_of_one_code_when_both_codes_had_equal_time() {
        List<Integer> units = cms.units(services("97112=20,97110=20"));

        assertThat(units).containsExactlyInAnyOrder(2, 1);
    }

    /** RULEBOOK §4.2 CPT-02 table: the same minutes under both methods. */
    @ParameterizedTest(name = "{0}: CMS {1}, AMA {2}")
    @CsvSource(delimiter = ';', value = {
            "97110=33,97140=7; 2,1; 2,0",
            "97124=8,97140=8;  1,0; 1,1",
            "97124=30;         2;   2"})
    void counts_each_code_alone_under_the_AMA_mid_point_method(String minutes, String cmsUnits, String amaUnits) {
        assertThat(cms.units(services(minutes))).isEqualTo(ints(cmsUnits));
        assertThat(ama.units(services(minutes))).isEqualTo(ints(amaUnits));
    }

    @ParameterizedTest(name = "97124 for {0} min ⇒ {1} units")
    @CsvSource({"30, 2", "38, 3"})
    void bills_the_story_massage_sessions(int minutes, int units) {
        assertThat(cms.units(List.of(TimedService.minutes("97124", minutes)))).containsExactly(units);
    }

    /** data/cms_8_minute_rule_units.tsv: each row's first and last minute. */
    @ParameterizedTest(name = "{0} min ⇒ {1} units")
    @CsvSource({"0,0", "7,0", "8,1", "22,1", "23,2", "37,2", "38,3", "52,3", "53,4", "67,4", "68,5", "82,5",
            "83,6", "97,6", "98,7", "112,7", "113,8", "127,8", "128,9"})
    void converts_minutes_with_the_cms_table(int minutes, int units) {
        assertThat(EightMinuteRule.unitsForMinutes(minutes)).isEqualTo(units);
    }

    @Test
    void takes_units_as_given_and_keeps_them_out_of_the_minute_pool() {
        List<TimedService> services = List.of(TimedService.units("97124", 2), TimedService.minutes("97140", 7));

        assertThat(cms.units(services)).containsExactly(2, 0);
        assertThat(ama.units(services)).containsExactly(2, 0);
    }

    @Test
    void bills_an_untimed_code_once_per_session_outside_the_pool() {
        List<TimedService> services = List.of(TimedService.minutes("97012", 20), TimedService.minutes("97140", 7));

        assertThat(cms.units(services)).containsExactly(1, 0);
        assertThat(ama.units(services)).containsExactly(1, 0);
    }

    @Test
    void selects_the_policy_by_method() {
        List<TimedService> services = services("97110=33,97140=7");

        assertThat(EightMinuteRule.of(TimedUnitMethod.CMS_TOTAL_TIME).units(services)).containsExactly(2, 1);
        assertThat(EightMinuteRule.of(TimedUnitMethod.AMA_PER_CODE).units(services)).containsExactly(2, 0);
    }

    private static List<TimedService> services(String minutes) {
        List<TimedService> services = new ArrayList<>();
        for (String entry : minutes.split(",")) {
            String[] parts = entry.trim().split("=");
            services.add(TimedService.minutes(parts[0], Integer.parseInt(parts[1])));
        }
        return services;
    }

    private static List<Integer> ints(String csv) {
        return Stream.of(csv.split(",")).map(String::trim).map(Integer::valueOf).toList();
    }
}
