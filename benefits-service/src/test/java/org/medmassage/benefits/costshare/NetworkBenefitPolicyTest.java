package org.medmassage.benefits.costshare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medmassage.benefits.fixtures.Plans.goldPpo;
import static org.medmassage.benefits.fixtures.Plans.plan;
import static org.medmassage.benefits.fixtures.Plans.terms;

import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.medmassage.benefits.plan.BenefitPlan;
import org.medmassage.codesets.remittance.CodedRejection;
import org.medmassage.events.NetworkTier;

/** RULEBOOK §5.3 Example 4, last paragraph: HMO/EPO plans without out-of-network benefits deny PR-242. */
class NetworkBenefitPolicyTest {

    private static final BenefitPlan HMO = plan("SILVER-HMO", 20, terms("500.00", 20, "0.00", "3000.00"), null);

    private final NetworkBenefitPolicy policy = new NetworkBenefitPolicy();

    static Stream<Arguments> visits() {
        return Stream.of(
                Arguments.of("an out-of-network visit under an HMO is denied PR-242", HMO, NetworkTier.OUT_OF_NETWORK,
                        "PR-242"),
                Arguments.of("an in-network visit under an HMO has its benefit", HMO, NetworkTier.IN_NETWORK, null),
                Arguments.of("an out-of-network visit under a PPO has its benefit", goldPpo(),
                        NetworkTier.OUT_OF_NETWORK, null),
                Arguments.of("an in-network visit under a PPO has its benefit", goldPpo(), NetworkTier.IN_NETWORK,
                        null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("visits")
    void denies_only_an_out_of_network_visit_under_a_plan_without_out_of_network_benefit(String behaviour,
            BenefitPlan plan, NetworkTier tier, String code) {
        Optional<CodedRejection> rejection = policy.check(plan, tier);

        assertThat(rejection.map(CodedRejection::code).orElse(null)).isEqualTo(code);
        rejection.ifPresent(denied -> {
            assertThat(denied.remarkCode()).isEmpty();
            assertThat(denied.reason()).contains("SILVER-HMO has no out-of-network benefit");
        });
    }
}
