package org.medmassage.claims.receipt;

import java.util.Map;
import org.medmassage.claims.explanation.ServiceDescriptions;

/**
 * A service as an HSA/FSA administrator reads it (ALT-02: "CPT 97124 + plain words 'therapeutic massage'"): the
 * massage codes by the rulebook's words, any other code by the explanation of benefits' plain words.
 */
public final class ReceiptDescriptions {

    private static final Map<String, String> SUBSTANTIATION = Map.of(
            "97124", "Therapeutic massage",
            "97140", "Manual therapy",
            "97110", "Therapeutic exercise",
            "97112", "Neuromuscular re-education",
            "97530", "Therapeutic activities");

    private ReceiptDescriptions() {
    }

    public static String describe(String procedureCode) {
        return SUBSTANTIATION.getOrDefault(procedureCode, ServiceDescriptions.describe(procedureCode));
    }
}
