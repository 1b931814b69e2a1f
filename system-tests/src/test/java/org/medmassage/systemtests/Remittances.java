package org.medmassage.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** How the journey reads a claim's remittance: CAS adjustments as "GROUP-CARC amount", exact money, 835 balancing. */
final class Remittances {

    private Remittances() {
    }

    static List<String> adjustments(JsonNode line) {
        List<String> found = new ArrayList<>();
        line.get("adjustments").forEach(a -> found.add(a.get("group").asText() + "-" + a.get("carc").asText() + " "
                + a.get("amount").decimalValue().setScale(2)));
        return found;
    }

    static void assertMoney(JsonNode node, String field, String expected) {
        assertThat(node.get(field)).as(field + " in " + node).isNotNull();
        assertThat(node.get(field).decimalValue()).as(field).isEqualByComparingTo(new BigDecimal(expected));
    }

    /** FMT-01: per line charge − Σ adjustments = plan paid; patient responsibility = Σ PR. */
    static void assertBalanced(JsonNode claim) {
        BigDecimal patient = BigDecimal.ZERO;
        for (JsonNode line : claim.get("lines")) {
            BigDecimal adjusted = BigDecimal.ZERO;
            BigDecimal pr = BigDecimal.ZERO;
            for (JsonNode adjustment : line.get("adjustments")) {
                adjusted = adjusted.add(adjustment.get("amount").decimalValue());
                if (adjustment.get("group").asText().equals("PR")) {
                    pr = pr.add(adjustment.get("amount").decimalValue());
                }
            }
            assertThat(line.get("charge").decimalValue().subtract(adjusted))
                    .isEqualByComparingTo(line.get("planPaid").decimalValue());
            assertThat(pr).isEqualByComparingTo(line.get("patientResponsibility").decimalValue());
            patient = patient.add(pr);
        }
        assertThat(claim.get("patientResponsibility").decimalValue()).isEqualByComparingTo(patient);
    }

}
