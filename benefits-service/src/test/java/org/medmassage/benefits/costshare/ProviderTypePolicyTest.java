package org.medmassage.benefits.costshare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medmassage.benefits.fixtures.Plans.goldPpo;
import static org.medmassage.benefits.fixtures.Plans.withProviderTypes;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.medmassage.benefits.accumulator.Ledger;
import org.medmassage.benefits.coverage.Coverage;
import org.medmassage.benefits.coverage.Enrollment;
import org.medmassage.benefits.plan.BenefitPlan;
import org.medmassage.codesets.remittance.CodedRejection;
import org.medmassage.events.NetworkTier;

/** RULEBOOK §1.3: a plan pays massage only to the provider types it lists (decision 0061). */
class ProviderTypePolicyTest {

    private static final String LMT = "225700000X";
    private static final String PT = "225100000X";
    private static final String NURSE_MASSAGE_THERAPIST = "163WM1400X";
    private static final BenefitPlan LMT_PLAN = withProviderTypes(goldPpo(), LMT, NURSE_MASSAGE_THERAPIST);
    private static final BenefitPlan PT_ONLY = withProviderTypes(goldPpo(), PT);
    private static final BenefitPlan PT_ONLY_HMO = withProviderTypes(
            new BenefitPlan("SILVER-HMO", goldPpo().effectiveFrom(), goldPpo().planYearStart(), true, false,
                    goldPpo().visits(), goldPpo().inNetwork(), null, goldPpo().rules()), PT);
    private static final LocalDate DOS = LocalDate.parse("2026-03-10");

    private final ProviderTypePolicy policy = new ProviderTypePolicy();
    private final BenefitAdjudicator adjudicator = new BenefitAdjudicator();

    static Stream<Arguments> providers() {
        return Stream.of(
                Arguments.of("a massage therapist under a plan paying massage therapists is paid", LMT_PLAN, LMT,
                        null),
                Arguments.of("a massage therapist under a plan paying only physical therapists is denied CO-185 N95",
                        PT_ONLY, LMT, "CO-185 N95"),
                Arguments.of("a physical therapist under a plan paying only physical therapists is paid", PT_ONLY, PT,
                        null),
                Arguments.of("a provider without a taxonomy on file is not judged (decision 0060's migration path)",
                        PT_ONLY, null, null),
                Arguments.of("a plan without the list pays every provider type", goldPpo(), LMT, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("providers")
    void pays_only_the_provider_types_the_plan_lists(String behaviour, BenefitPlan plan, String taxonomy,
                                                     String denial) {
        Optional<CodedRejection> rejection = policy.check(plan, taxonomy);

        assertThat(rejection.map(denied -> denied.code() + " " + denied.rarc()).orElse(null)).isEqualTo(denial);
        rejection.ifPresent(denied -> assertThat(denied.reason()).isEqualTo(
                "rendering provider type 225700000X (Massage Therapist) is not one plan GOLD-PPO pays for massage"));
    }

    // CS-01 step 0: coverage first (CO-26/CO-27), then the provider's type, then the network (PR-242), then the codes
    static Stream<Arguments> order() {
        return Stream.of(
                Arguments.of("no coverage on file is CO-27 whatever the provider", Optional.empty(),
                        NetworkTier.IN_NETWORK, LMT, "97124", "CO-27"),
                Arguments.of("a DOS before coverage starts is CO-26 before the provider type is judged",
                        enrolled(PT_ONLY, "2027-01-01"), NetworkTier.IN_NETWORK, LMT, "97124", "CO-26"),
                Arguments.of("a massage therapist out of network under a PT-only HMO is CO-185, not PR-242",
                        enrolled(PT_ONLY_HMO, "2026-01-01"), NetworkTier.OUT_OF_NETWORK, LMT, "97124",
                        "CO-185"),
                Arguments.of("a physical therapist out of network under a PT-only HMO is PR-242",
                        enrolled(PT_ONLY_HMO, "2026-01-01"), NetworkTier.OUT_OF_NETWORK, PT, "97124",
                        "PR-242"),
                Arguments.of("a massage therapist billing an uncovered code under a PT-only plan is CO-185",
                        enrolled(PT_ONLY, "2026-01-01"), NetworkTier.IN_NETWORK, LMT, "97110",
                        "CO-185"),
                Arguments.of("an unknown taxonomy under an HMO out of network is PR-242",
                        enrolled(PT_ONLY_HMO, "2026-01-01"), NetworkTier.OUT_OF_NETWORK, null, "97124",
                        "PR-242"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("order")
    void judges_the_provider_type_after_coverage_and_before_the_network_and_the_codes(String behaviour,
            Optional<Enrollment> enrollment, NetworkTier tier, String taxonomy, String code, String denial) {
        CostShareRequest request = new CostShareRequest("C-1", "M-1", DOS, tier,
                List.of(new AllowedLine(1, code, new BigDecimal("60.00"))), taxonomy);

        Adjudication adjudication = adjudicator.adjudicate(request, enrollment, Ledger.empty());

        assertThat(adjudication).isInstanceOfSatisfying(Adjudication.NotCovered.class, notCovered ->
                assertThat(notCovered.rejection().code()).isEqualTo(denial));
    }

    private static Optional<Enrollment> enrolled(BenefitPlan plan, String coveredFrom) {
        return Optional.of(new Enrollment(new Coverage("M-1", plan.planId(), LocalDate.parse(coveredFrom), null), plan));
    }
}
