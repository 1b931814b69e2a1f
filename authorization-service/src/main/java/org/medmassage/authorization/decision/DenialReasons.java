package org.medmassage.authorization.decision;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The codes of a denial's specific reason (CMS-0057-F, RULEBOOK §6.3): the rulebook ID the denial rests on. The rules
 * deny on the constants by themselves; a reviewer may deny on any of them, with words of their own. RULEBOOK §1.3 (who
 * may perform and bill) has no rule ID of its own, so its section number is the code (decision 0063).
 */
public final class DenialReasons {

    /** MN-01: no usable referral orders the service for this member (absent, another member's, revoked). */
    public static final String NO_REFERRAL = "MN-01";
    /** MN-04: the requested dates are outside the referral's validity window. */
    public static final String OUTSIDE_REFERRAL_WINDOW = "MN-04";
    /** MN-05: the referral's sessions are all authorized already. */
    public static final String REFERRAL_SESSIONS_USED = "MN-05";
    /** MN-06: continuing beyond the block needs a progress report showing objective improvement. */
    public static final String RE_EVALUATION_DUE = "MN-06";
    /** MN-09: maintenance care (plateaued, no further measurable gains) is not medically necessary. */
    public static final String MAINTENANCE_CARE = "MN-09";
    /** PA-05: a retro request received too long after its referral ended (CO-210), decision 0065. */
    public static final String RETRO_REQUEST_TOO_LATE = "PA-05";
    /** PA-06: an extension of an authorization not granted (the rule that refused it is named in its text). */
    public static final String EXTENSION = "PA-06";
    /** CS-01 (§5.2 step 0): no coverage on the dates, or the plan does not cover the service (decision 0067). */
    public static final String NOT_COVERED = "CS-01";
    /** CS-06: the plan's visits for the plan year are used or already authorized (decision 0067). */
    public static final String VISIT_LIMIT = "CS-06";
    /** RULEBOOK §1.3: the member's plan does not pay the rendering provider's type for massage. */
    public static final String PROVIDER_TYPE_NOT_COVERED = "§1.3";

    private static final Map<String, String> MEANINGS = new TreeMap<>(Map.ofEntries(Map.entry(
            RETRO_REQUEST_TOO_LATE, "a retro request received too late after its referral ended"), Map.entry(
            EXTENSION, "an extension needs more visits or a later end, asked with progress documentation"),
            Map.entry(
            NO_REFERRAL, "no active referral orders the service for the member"),
            Map.entry(OUTSIDE_REFERRAL_WINDOW, "the dates are outside the referral's validity window"),
            Map.entry(REFERRAL_SESSIONS_USED, "the referral's sessions are used up"),
            Map.entry(RE_EVALUATION_DUE, "continued care without documented objective improvement"),
            Map.entry("MN-07", "the diagnosis does not establish medical necessity (wellness)"),
            Map.entry(MAINTENANCE_CARE, "maintenance care: no further measurable gains expected"),
            Map.entry("PA-01", "the request lacks the clinical documentation it needs"),
            Map.entry(NOT_COVERED, "the member's plan does not cover the service on the dates"),
            Map.entry(VISIT_LIMIT, "the plan's visits for the plan year are used or already authorized"),
            Map.entry(PROVIDER_TYPE_NOT_COVERED, "the plan does not pay the rendering provider's type for massage")));

    private DenialReasons() {
    }

    public static boolean isKnown(String code) {
        return code != null && MEANINGS.containsKey(code);
    }

    /** What the code means, for a message that lists the codes a reviewer may use. */
    public static Optional<String> meaning(String code) {
        return Optional.ofNullable(code == null ? null : MEANINGS.get(code));
    }

    /** The codes in order, e.g. for "one of MN-01, MN-04, …". */
    public static String codes() {
        return String.join(", ", MEANINGS.keySet());
    }
}
