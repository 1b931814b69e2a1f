package org.medmassage.events;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.medmassage.events.authorization.*;
import org.medmassage.events.benefit.*;
import org.medmassage.events.claim.*;
import org.medmassage.events.portal.PortalNotification;
import org.medmassage.events.referral.*;

/** The event catalogue (DESIGN §3): wire name, schema version, topic and payload record of every event. */
public enum EventType {
    REFERRAL_RECORDED(ReferralRecorded.class, Topics.REFERRAL),
    REFERRAL_REVOKED(ReferralRevoked.class, Topics.REFERRAL),
    REFERRAL_EXPIRED(ReferralExpired.class, Topics.REFERRAL),
    MEDICAL_NECESSITY_LETTER_ISSUED(MedicalNecessityLetterIssued.class, Topics.REFERRAL),

    AUTH_APPROVED(AuthApproved.class, Topics.AUTHORIZATION),
    AUTH_PARTIALLY_APPROVED(AuthPartiallyApproved.class, Topics.AUTHORIZATION),
    AUTH_PENDED(AuthPended.class, Topics.AUTHORIZATION),
    AUTH_DENIED(AuthDenied.class, Topics.AUTHORIZATION),
    AUTH_EXPIRED(AuthExpired.class, Topics.AUTHORIZATION),
    AUTH_EXHAUSTED(AuthExhausted.class, Topics.AUTHORIZATION),
    AUTH_DECISION_DUE(AuthDecisionDue.class, Topics.AUTHORIZATION),
    VISIT_AUTHORIZED(VisitAuthorized.class, Topics.AUTHORIZATION),
    VISIT_NOT_AUTHORIZED(VisitNotAuthorized.class, Topics.AUTHORIZATION),
    VISIT_RELEASED(VisitReleased.class, Topics.AUTHORIZATION),

    SESSION_BILLED(SessionBilled.class, Topics.CLAIM),
    COST_SHARE_REQUESTED(CostShareRequested.class, Topics.CLAIM),
    CLAIM_ADJUDICATED(ClaimAdjudicated.class, Topics.CLAIM),
    CLAIM_VOIDED(ClaimVoided.class, Topics.CLAIM),

    MEMBER_REGISTERED(MemberRegistered.class, Topics.BENEFIT),
    COVERAGE_ACTIVATED(CoverageActivated.class, Topics.BENEFIT),
    COST_SHARE_APPLIED(CostShareApplied.class, Topics.BENEFIT),
    BENEFIT_LIMIT_REACHED(BenefitLimitReached.class, Topics.BENEFIT),
    COST_SHARE_DENIED(CostShareDenied.class, Topics.BENEFIT),
    ACCUMULATORS_REVERSED(AccumulatorsReversed.class, Topics.BENEFIT),
    DEDUCTIBLE_MET(DeductibleMet.class, Topics.BENEFIT),
    OUT_OF_POCKET_MAX_REACHED(OutOfPocketMaxReached.class, Topics.BENEFIT),
    VISIT_LIMIT_APPROACHING(VisitLimitApproaching.class, Topics.BENEFIT),

    PORTAL_NOTIFICATION(PortalNotification.class, Topics.PORTAL_NOTIFICATIONS);

    private static final Map<String, EventType> BY_WIRE_NAME =
            Arrays.stream(values()).collect(Collectors.toMap(EventType::wireName, Function.identity()));
    private static final Map<Class<?>, EventType> BY_PAYLOAD =
            Arrays.stream(values()).collect(Collectors.toMap(EventType::payloadType, Function.identity()));

    private final Class<? extends DomainEvent> payloadType;
    private final String topic;

    EventType(Class<? extends DomainEvent> payloadType, String topic) {
        this.payloadType = payloadType;
        this.topic = topic;
    }

    /** The envelope's {@code type}: the record's simple name, e.g. {@code ReferralRecorded}. */
    public String wireName() {
        return payloadType.getSimpleName();
    }

    /** Bumped when a field is removed or changes meaning; adding an optional field keeps the version. */
    public int schemaVersion() {
        return 1;
    }

    public String topic() {
        return topic;
    }

    public Class<? extends DomainEvent> payloadType() {
        return payloadType;
    }

    /** Classpath location of the JSON Schema of the payload. */
    public String schemaResource() {
        return "/schemas/" + wireName() + ".schema.json";
    }

    public static Optional<EventType> fromWireName(String type) {
        return Optional.ofNullable(BY_WIRE_NAME.get(type));
    }

    public static EventType of(DomainEvent event) {
        EventType type = BY_PAYLOAD.get(event.getClass());
        if (type == null) {
            throw new IllegalArgumentException("not in the event catalogue: " + event.getClass().getName());
        }
        return type;
    }
}
