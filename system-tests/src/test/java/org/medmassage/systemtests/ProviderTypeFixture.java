package org.medmassage.systemtests;

import static org.medmassage.systemtests.WorkedExampleFixture.OUT_OF_NETWORK_TERMS;
import static org.medmassage.systemtests.WorkedExampleFixture.tier;

import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The vocabulary of the provider-type tests of {@link ClaimEditsEndToEndIT} (RULEBOOK §1.3, decisions 0060 and 0061):
 * NUCC taxonomies, a plan listing the provider types it pays for massage, and the words of a CO-185 N95 denial as the
 * member's EOB gives them.
 */
final class ProviderTypeFixture {

    static final String MASSAGE_THERAPIST = "225700000X";
    static final String PHYSICAL_THERAPIST = "225100000X";

    // one wording for CO-185 N95, whether the licence lapsed (decision 0060) or the plan does not pay the type (0061)
    static final String CO_185_WORDS = "CO-185 This provider cannot be paid under your plan for this service on that"
            + " date: their licence, their standing with your plan, or their type of provider (your plan pays only some"
            + " types of provider for massage) did not allow it. The provider may not bill you for it.";
    static final String N95_WORDS = "N95 This type of provider may not bill this service: your plan does not pay this"
            + " provider type for massage, or the provider did not hold a licence valid on that date in the state where"
            + " they practise.";
    static final String CO_185_NEXT_STEP = "You do not owe anything for this service. For your next visits, choose a"
            + " provider your plan covers (member services can help you find one), or ask this provider for their"
            + " self-pay rate before your visit.";

    private ProviderTypeFixture() {
    }

    /**
     * RULEBOOK Example 1's terms on a fresh member (deductible 50.00, 20 %, OOP maximum 3,000.00, 20 visits, no
     * pre-authorization) for a plan paying massage only to {@code providerTypes}.
     */
    static String exampleOneTermsPaying(String... providerTypes) {
        return "\"preAuthRequired\":false,\"visitLimit\":20,\"inNetwork\":" + tier("50.00", 20, "0.00", "3000.00")
                + ",\"outOfNetwork\":" + OUT_OF_NETWORK_TERMS + ",\"coveredProviderTypes\":"
                + Stream.of(providerTypes).map(type -> "\"" + type + "\"").collect(Collectors.joining(",", "[", "]"));
    }
}
