package org.medmassage.benefits.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.medmassage.benefits.fixtures.Plans.terms;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.medmassage.codesets.problem.FieldProblem;

/** Which plan versions may be registered (a 422 naming every problem otherwise): CS-03, CS-06, CS-01 step 0, §5.1. */
class PlanPolicyTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-03-10");
    private static final TierTerms IN = terms("500.00", 20, "0.00", "3000.00");
    private static final TierTerms OON = terms("1000.00", 40, "0.00", null);

    private final PlanPolicy policy = new PlanPolicy(new PlanValidator());

    static Stream<Arguments> refused() {
        return Stream.of(
                Arguments.of("CS-03 a plan year cannot start on February 30",
                        registration("02-30", null, null, IN), "planYearStart", "CS-03",
                        "planYearStart 02-30 is not a day of the year (MM-DD)"),
                Arguments.of("CS-06 a massage benefit's visit limit is shared by massage",
                        registration("01-01", Set.of(Discipline.PHYSICAL_THERAPY), null, IN), "visitLimitSharedBy",
                        "CS-06", "the visit limit of a massage benefit must be shared by MASSAGE"),
                Arguments.of("CS-01 step 0 a benefit covering no code is no benefit",
                        registration("01-01", null, List.of(), IN), "coveredProcedureCodes", "BenefitExists",
                        "a massage benefit must cover at least one procedure code (omit it for 97124 and 97140)"),
                Arguments.of("ACA §5.1 an in-network tier needs an out-of-pocket maximum",
                        registration("01-01", null, null, terms("500.00", 20, "0.00", null)),
                        "inNetwork.outOfPocketMax", "ACA-5.1", "an in-network out-of-pocket maximum is required"
                                + " (ACA limit on in-network cost sharing)"),
                Arguments.of("CS-05 a plan with an out-of-network benefit needs its terms",
                        networkBenefit(null, true), "outOfNetwork", "CS-05", "outOfNetwork terms are required unless"
                                + " outOfNetworkBenefit is false (no out-of-network benefit)"),
                Arguments.of("CS-05 a plan without out-of-network benefit takes no out-of-network terms",
                        networkBenefit(OON, false), "outOfNetworkBenefit", "CS-05", "a plan without out-of-network"
                                + " benefit (outOfNetworkBenefit false) takes no outOfNetwork terms"),
                Arguments.of("§1.3 a provider type outside the NUCC code set is named by its place in the list",
                        providerTypes(List.of("225100000X", "225700000Z")), "coveredProviderTypes[1]", "NuccTaxonomy",
                        "225700000Z is not a NUCC provider taxonomy code known to the plan (e.g. 225700000X massage"
                                + " therapist, 225100000X physical therapist)"),
                Arguments.of("§1.3 a lower-case taxonomy is not the NUCC code",
                        providerTypes(List.of("225700000x")), "coveredProviderTypes[0]", "NuccTaxonomy",
                        "225700000x is not a NUCC provider taxonomy code known to the plan (e.g. 225700000X massage"
                                + " therapist, 225100000X physical therapist)"),
                Arguments.of("§1.3 a benefit paying no provider type is no benefit",
                        providerTypes(List.of()), "coveredProviderTypes", "BenefitExists", "a massage benefit must pay"
                                + " at least one provider type (omit coveredProviderTypes to pay every provider type)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void refuses_a_plan_against_the_rules_naming_the_field_and_the_rule(String behaviour,
            PlanRegistration registration, String field, String rule, String message) {
        assertThat(problems(registration)).containsExactly(new FieldProblem(field, rule, message));
    }

    @Test
    void names_every_problem_at_once_in_the_order_of_the_rules() {
        PlanRegistration everythingWrong = registration("13-01", Set.of(Discipline.CHIROPRACTIC), List.of(),
                terms("500.00", 20, "0.00", null));

        assertThat(problems(everythingWrong)).extracting(FieldProblem::field, FieldProblem::rule).containsExactly(
                tuple("planYearStart", "CS-03"), tuple("visitLimitSharedBy", "CS-06"),
                tuple("coveredProcedureCodes", "BenefitExists"), tuple("inNetwork.outOfPocketMax", "ACA-5.1"));
    }

    @Test
    void accepts_a_plan_with_the_defaults_for_what_was_not_given() {
        PlanDecision.Accepted accepted = (PlanDecision.Accepted) policy.decide(registration("07-01", null, null, IN),
                TODAY);

        BenefitPlan plan = accepted.plan();
        assertThat(plan.planYearStart()).isEqualTo(MonthDay.of(7, 1));
        assertThat(plan.effectiveFrom()).isEqualTo(BenefitPlan.ALWAYS);
        assertThat(plan.visits()).isEqualTo(VisitBenefit.massageOnly(20));
        assertThat(plan.coveredServices()).isEqualTo(CoveredServices.MEDICAL_MASSAGE);
        assertThat(plan.rules()).isEqualTo(CostShareRules.STANDARD);
    }

    @Test
    void accepts_an_hmo_plan_without_out_of_network_benefit() {
        PlanDecision.Accepted accepted = (PlanDecision.Accepted) policy.decide(networkBenefit(null, false), TODAY);

        assertThat(accepted.plan().coversOutOfNetwork()).isFalse();
        assertThat(accepted.plan().outOfNetwork()).isNull();
        assertThat(accepted.plan().terms(org.medmassage.events.NetworkTier.IN_NETWORK)).isEqualTo(IN);
    }

    @Test
    void keeps_the_plan_s_timed_unit_method_and_counts_cms_total_time_when_none_is_given() {
        PlanRegistration perCode = new PlanRegistration("AMA-PLAN", null, "01-01", true, false, 20, null, null, null,
                false, false, false, null, IN, OON, true, TimedUnitMethod.AMA_PER_CODE);

        assertThat(((PlanDecision.Accepted) policy.decide(perCode, TODAY)).plan().timedUnitMethod())
                .isEqualTo(TimedUnitMethod.AMA_PER_CODE);
        assertThat(((PlanDecision.Accepted) policy.decide(registration("01-01", null, null, IN), TODAY)).plan()
                .timedUnitMethod()).isEqualTo(TimedUnitMethod.CMS_TOTAL_TIME);
    }

    @Test
    void keeps_the_provider_types_the_plan_pays_and_pays_every_type_when_none_are_given() {
        BenefitPlan ptOnly = ((PlanDecision.Accepted) policy.decide(providerTypes(List.of("225100000X",
                "2251X0800X")), TODAY)).plan();
        BenefitPlan unrestricted = ((PlanDecision.Accepted) policy.decide(providerTypes(null), TODAY)).plan();

        assertThat(ptOnly.providerTypes().sorted()).contains(List.of("225100000X", "2251X0800X"));
        assertThat(ptOnly.providerTypes().pays("225700000X")).isFalse();
        assertThat(unrestricted.providerTypes()).isEqualTo(CoveredProviderTypes.ANY);
        assertThat(unrestricted.providerTypes().pays("225700000X")).isTrue();
    }

    @Test
    void CS_06_massage_joins_the_disciplines_sharing_the_limit_and_the_visits_count_as_rehab_combined() {
        PlanDecision.Accepted accepted = (PlanDecision.Accepted) policy.decide(registration("01-01",
                Set.of(Discipline.MASSAGE, Discipline.PHYSICAL_THERAPY), List.of("97124"), IN), TODAY);

        assertThat(accepted.plan().visits().sharedBy()).containsExactlyInAnyOrder(Discipline.MASSAGE,
                Discipline.PHYSICAL_THERAPY);
        assertThat(accepted.plan().visits().benefitGroup()).isEqualTo(VisitBenefit.REHAB_COMBINED);
        assertThat(accepted.plan().coveredServices().sorted()).containsExactly("97124");
    }

    @Test
    void checks_against_the_limits_of_the_plan_year_the_version_starts_in_and_says_which() {
        PlanDecision dateless = policy.decide(registration("01-01", null, null, IN), TODAY);
        PlanDecision from2027 = policy.decide(registration(LocalDate.parse("2027-01-01")), TODAY);

        assertThat(((PlanDecision.Accepted) dateless).checkedAgainst()).get().extracting(AnnualLimits::year)
                .isEqualTo(2026);
        assertThat(((PlanDecision.Accepted) from2027).checkedAgainst()).isEmpty();
    }

    private List<FieldProblem> problems(PlanRegistration registration) {
        PlanDecision decision = policy.decide(registration, TODAY);
        assertThat(decision).isInstanceOf(PlanDecision.Refused.class);
        return ((PlanDecision.Refused) decision).problems();
    }

    private static PlanRegistration registration(String planYearStart, Set<Discipline> sharedBy, List<String> codes,
            TierTerms inNetwork) {
        return new PlanRegistration("GOLD-PPO", null, planYearStart, true, false, 20, sharedBy, null, null, false,
                false, false, codes, inNetwork, OON);
    }

    private static PlanRegistration networkBenefit(TierTerms outOfNetwork, boolean outOfNetworkBenefit) {
        return new PlanRegistration("SILVER-HMO", null, "01-01", true, false, 20, null, null, null, false, false,
                false, null, IN, outOfNetwork, outOfNetworkBenefit, null);
    }

    private static PlanRegistration providerTypes(List<String> taxonomyCodes) {
        return new PlanRegistration("PT-ONLY", null, "01-01", true, false, 20, null, null, null, false, false,
                false, null, IN, OON, true, null, taxonomyCodes);
    }

    private static PlanRegistration registration(LocalDate effectiveFrom) {
        return new PlanRegistration("GOLD-PPO", effectiveFrom, "01-01", true, false, 20, null, null, null, false,
                false, false, null, IN, OON);
    }
}
