package org.medmassage.referral.prescription;

/** Whether a session may be counted against a referral, and if not, the rule (MN-01/MN-04/MN-05) and why. */
public record SessionDecision(boolean inside, String rule, String reason) {

    static final SessionDecision INSIDE = new SessionDecision(true, "", "");

    static SessionDecision outside(String rule, String reason) {
        return new SessionDecision(false, rule, reason);
    }
}
