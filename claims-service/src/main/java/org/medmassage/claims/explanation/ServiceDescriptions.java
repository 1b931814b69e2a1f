package org.medmassage.claims.explanation;

import java.util.Map;

/**
 * Each procedure code a massage claim carries, in the member's words (RULEBOOK §4.1; plain language, not the AMA
 * descriptors). A code not in the table is named as it is rather than guessed.
 */
public final class ServiceDescriptions {

    private static final Map<String, String> PLAIN = Map.ofEntries(
            Map.entry("97124", "Massage therapy, 15-minute units"),
            Map.entry("97140", "Manual therapy (mobilization, myofascial release, lymphatic drainage), 15-minute units"),
            Map.entry("97110", "Therapeutic exercise, 15-minute units"),
            Map.entry("97112", "Neuromuscular re-education, 15-minute units"),
            Map.entry("97530", "Therapeutic activities, 15-minute units"),
            Map.entry("97035", "Ultrasound therapy, 15-minute units"),
            Map.entry("97010", "Hot or cold packs"),
            Map.entry("97012", "Mechanical traction"),
            Map.entry("97014", "Electrical stimulation, unattended"),
            Map.entry("G0283", "Electrical stimulation, unattended"),
            Map.entry("98940", "Chiropractic manipulation, 1 to 2 regions of the spine"),
            Map.entry("98941", "Chiropractic manipulation, 3 to 4 regions of the spine"),
            Map.entry("98942", "Chiropractic manipulation, 5 regions of the spine"));

    private ServiceDescriptions() {
    }

    public static String describe(String procedureCode) {
        return PLAIN.getOrDefault(procedureCode, "Service with procedure code " + procedureCode);
    }
}
