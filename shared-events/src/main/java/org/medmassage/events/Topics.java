package org.medmassage.events;

/** Kafka topic names, one per producing service (DESIGN §3). Every record is keyed by memberId. */
public final class Topics {
    public static final String REFERRAL = "referral.events";
    public static final String AUTHORIZATION = "authorization.events";
    public static final String CLAIM = "claim.events";
    public static final String BENEFIT = "benefit.events";
    public static final String PORTAL_NOTIFICATIONS = "portal.notifications";

    /** Where a consumer group parks records it cannot decode or keeps failing on (the Kafka binder's DLQ naming). */
    public static String deadLetter(String topic, String consumerGroup) {
        return "error." + topic + "." + consumerGroup;
    }

    private Topics() {
    }
}
