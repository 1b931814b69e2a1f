package org.medmassage.notification.notice;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.medmassage.events.Adjustment;
import org.medmassage.events.claim.AdjudicatedLine;

/** Why (part of) a visit was not paid, in the patient's words, from the first denying CARC in line order. */
final class DenialReason {

    /** Cost-share and contractual codes adjust a paid line; they never deny it (CS-01, CO-45/PR-45). */
    private static final Set<String> NOT_DENIALS = Set.of("1", "2", "3", "45", "23");

    // PA-05 (15, 197, 198, 284, 296), CS-06 (119), CS-01 step 0 (26, 27, 96, 204), OON without benefits (242),
    // an exact duplicate (18, claims-service decision 0053), a provider the plan cannot pay: licence or credentialing
    // (claims-service, decision 0060) or a provider type it does not pay for massage (benefits, decision 0061).
    private static final Map<String, String> PLAIN = Map.ofEntries(
            Map.entry("18", "it was billed twice and the first bill is the one processed"),
            Map.entry("197", "no prior authorization was on file for it"),
            Map.entry("198", "all visits on your authorization had already been used"),
            Map.entry("15", "it was outside your authorization"),
            Map.entry("284", "the service is not on your authorization"),
            Map.entry("296", "your authorization is for a different provider"),
            Map.entry("119", "you had reached your plan's visit limit"),
            Map.entry("27", "your coverage was not active on that date"),
            Map.entry("26", "your coverage had not started on that date"),
            Map.entry("96", "the service is not covered by your plan"),
            Map.entry("204", "the service is not covered by your plan"),
            Map.entry("242", "your plan does not cover out-of-network providers"),
            Map.entry("97", "the service is included in another service billed that day"),
            Map.entry("236", "the service cannot be billed together with another service that day"),
            Map.entry("185", "this provider cannot be paid under your plan for this service (for your next visits,"
                    + " choose a provider your plan covers, or ask this provider for their self-pay rate)"));

    private DenialReason() {
    }

    static Optional<String> firstOf(List<AdjudicatedLine> lines) {
        for (AdjudicatedLine line : lines == null ? List.<AdjudicatedLine>of() : lines) {
            for (Adjustment adjustment : line.adjustments() == null ? List.<Adjustment>of() : line.adjustments()) {
                if (!NOT_DENIALS.contains(adjustment.carc())) {
                    return Optional.of(plain(adjustment));
                }
            }
        }
        return Optional.empty();
    }

    private static String plain(Adjustment adjustment) {
        String words = PLAIN.get(adjustment.carc());
        return words != null ? words
                : "your plan gave reason code " + adjustment.group() + "-" + adjustment.carc();
    }
}
