package org.medmassage.authorization.decision;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The codes of a denial's specific reason (CMS-0057-F, RULEBOOK §6.3): the rulebook ID the denial rests on. The rules
 * deny on the first three by themselves; a reviewer may deny on any of them, with words of their own.
 */
public final class DenialReasons {

    /** MN-01: no usable referral orders the service for this member (absent, another member's, revoked). */
    public static final String NO_REFERRAL = "MN-01";
    /** MN-04: the requested dates are outside the referral's validity window. */
    public static final String OUTSIDE_REFERRAL_WINDOW = "MN-04";
    /** MN-05: the referral's sessions are all authorized already. */
    public static final String REFERRAL_SESSIONS_USED = "MN-05";

    private static final Map<String, String> MEANINGS = new TreeMap<>(Map.of(
            NO_REFERRAL, "no active referral orders the service for the member",
            OUTSIDE_REFERRAL_WINDOW, "the dates are outside the referral's validity window",
            REFERRAL_SESSIONS_USED, "the referral's sessions are used up",
            "MN-06", "continued care without documented objective improvement",
            "MN-07", "the diagnosis does not establish medical necessity (wellness)",
            "MN-09", "maintenance care: no further measurable gains expected",
            "PA-01", "the request lacks the clinical documentation it needs"));

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
