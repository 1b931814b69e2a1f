package org.medmassage.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medmassage.systemtests.Remittances.adjustments;
import static org.medmassage.systemtests.Remittances.assertBalanced;
import static org.medmassage.systemtests.Remittances.assertMoney;

import tools.jackson.databind.JsonNode;

/**
 * How {@link WorkedExamplesIT} and {@link ClaimEditsEndToEndIT} read a decided claim, its remittance and a member's
 * accumulators: every amount exact.
 */
final class WorkedExampleAssertions {

    private WorkedExampleAssertions() {
    }

    /** Status and totals; {@code allowed} null where the claim-level allowed is not the example's (denied visits). */
    static void assertClaim(JsonNode claim, String status, String allowed, String planPaid, String patient) {
        assertThat(claim.get("status").asText()).as("status of " + claim).isEqualTo(status);
        if (allowed != null) {
            assertMoney(claim, "totalAllowed", allowed);
        }
        assertMoney(claim, "planPaid", planPaid);
        assertMoney(claim, "patientResponsibility", patient);
        assertBalanced(claim);
    }

    static void assertLine(JsonNode claim, int number, String allowed, String deductible, String copay,
            String coinsurance, String planPaid, String patient, String... adjustments) {
        JsonNode line = claim.get("lines").get(number - 1);
        assertThat(line.get("lineNumber").asInt()).isEqualTo(number);
        assertMoney(line, "allowed", allowed);
        assertMoney(line, "deductible", deductible);
        assertMoney(line, "copay", copay);
        assertMoney(line, "coinsurance", coinsurance);
        assertMoney(line, "planPaid", planPaid);
        assertMoney(line, "patientResponsibility", patient);
        assertThat(adjustments(line)).as("CAS of line " + number).containsExactly(adjustments);
    }

    /**
     * RULEBOOK §5.3's common visit (97124 billed $120.00, 97140 $60.00) denied whole to the provider: each line
     * {@code CO-<carc>} for its charge with the remark {@code rarc}, nothing allowed, and the patient owes nothing.
     */
    static void assertCommonVisitDeniedToTheProvider(JsonNode claim, String carc, String rarc) {
        assertClaim(claim, "DENIED", null, "0.00", "0.00");
        assertLine(claim, 1, "0.00", "0.00", "0.00", "0.00", "0.00", "0.00", "CO-" + carc + " 120.00");
        assertLine(claim, 2, "0.00", "0.00", "0.00", "0.00", "0.00", "0.00", "CO-" + carc + " 60.00");
        assertRemarks(claim, 1, rarc);
        assertRemarks(claim, 2, rarc);
    }

    static void assertRemarks(JsonNode claim, int number, String... remarkCodes) {
        assertThat(claim.get("lines").get(number - 1).get("remarkCodes")).extracting(JsonNode::asText)
                .as("RARCs of line " + number).containsExactly(remarkCodes);
    }

    /** The 835's CLP03 charge, CLP04 payment and CLP05 patient responsibility. */
    static void assertClp(JsonNode remittance, String charge, String payment, String patient) {
        JsonNode clp = remittance.get("clp");
        assertMoney(clp, "charge", charge);
        assertMoney(clp, "payment", payment);
        assertMoney(clp, "patientResponsibility", patient);
    }

    static void assertInNetwork(JsonNode benefits, String deductibleRemaining, String outOfPocketRemaining) {
        assertMoney(benefits.get("inNetwork"), "deductibleRemaining", deductibleRemaining);
        assertMoney(benefits.get("inNetwork"), "outOfPocketRemaining", outOfPocketRemaining);
    }

    static void assertOutOfNetwork(JsonNode benefits, String deductibleMet, String deductibleRemaining,
            String outOfPocketMet) {
        assertMoney(benefits.get("outOfNetwork"), "deductibleMet", deductibleMet);
        assertMoney(benefits.get("outOfNetwork"), "deductibleRemaining", deductibleRemaining);
        assertMoney(benefits.get("outOfNetwork"), "outOfPocketMet", outOfPocketMet);
    }

    static void assertVisits(JsonNode benefits, int used, int limit) {
        assertThat(benefits.at("/visits/used").asInt()).as("visits used").isEqualTo(used);
        assertThat(benefits.at("/visits/limit").asInt()).as("visit limit").isEqualTo(limit);
    }

    /** A denied visit in network: nothing posts to DED_IN, OOP_IN or the visit count. */
    static void assertUntouched(JsonNode benefits) {
        assertMoney(benefits.get("inNetwork"), "deductibleMet", "0.00");
        assertMoney(benefits.get("inNetwork"), "outOfPocketMet", "0.00");
        assertVisits(benefits, 0, 20);
    }
}
