package org.medmassage.notification.notice;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.medmassage.events.DomainEvent;
import org.medmassage.events.authorization.AuthApproved;
import org.medmassage.events.authorization.AuthDenied;
import org.medmassage.events.authorization.AuthExhausted;
import org.medmassage.events.authorization.AuthExpired;
import org.medmassage.events.authorization.AuthPartiallyApproved;
import org.medmassage.events.authorization.AuthPended;
import org.medmassage.events.benefit.BenefitLimitReached;
import org.medmassage.events.benefit.DeductibleMet;
import org.medmassage.events.benefit.OutOfPocketMaxReached;
import org.medmassage.events.benefit.VisitLimitApproaching;
import org.medmassage.events.claim.ClaimAdjudicated;
import org.medmassage.events.claim.ClaimVoided;
import org.medmassage.events.referral.MedicalNecessityLetterIssued;
import org.medmassage.events.referral.ReferralRecorded;
import org.medmassage.events.referral.ReferralExpired;
import org.medmassage.events.referral.ReferralRevoked;

/**
 * Turns an event into the notification its patient should see, or into nothing.
 *
 * <p>Silent on purpose: the saga's internal hops (SessionBilled, VisitAuthorized, CostShareRequested, CostShareApplied),
 * plan plumbing (CoverageActivated) and steps whose outcome the patient learns from the claim itself (VisitNotAuthorized,
 * CostShareDenied, VisitReleased, AccumulatorsReversed): telling them twice about one visit is noise.
 */
public final class NotificationComposer {

    private final Map<Class<? extends DomainEvent>, Function<DomainEvent, Notice>> wordings = new HashMap<>();

    public NotificationComposer() {
        on(ReferralRecorded.class, ReferralNotices::recorded);
        on(ReferralRevoked.class, ReferralNotices::revoked);
        on(ReferralExpired.class, ReferralNotices::expired);
        on(MedicalNecessityLetterIssued.class, ReferralNotices::letterIssued);
        on(AuthApproved.class, AuthorizationNotices::approved);
        on(AuthPartiallyApproved.class, AuthorizationNotices::partiallyApproved);
        on(AuthPended.class, AuthorizationNotices::pended);
        on(AuthDenied.class, AuthorizationNotices::denied);
        on(AuthExpired.class, AuthorizationNotices::expired);
        on(AuthExhausted.class, AuthorizationNotices::exhausted);
        on(ClaimAdjudicated.class, ClaimNotices::adjudicated);
        on(ClaimVoided.class, ClaimNotices::voided);
        on(DeductibleMet.class, BenefitNotices::deductibleMet);
        on(OutOfPocketMaxReached.class, BenefitNotices::outOfPocketMaxReached);
        on(VisitLimitApproaching.class, BenefitNotices::visitLimitApproaching);
        on(BenefitLimitReached.class, BenefitNotices::benefitLimitReached);
    }

    /** The notification for this event, or empty when the event does not concern the patient. */
    public Optional<Notification> compose(SourceEvent event) {
        Function<DomainEvent, Notice> wording = wordings.get(event.payload().getClass());
        if (wording == null) {
            return Optional.empty();
        }
        Notice notice = wording.apply(event.payload());
        return Optional.of(new Notification(idFor(event.eventId()), event.memberId(), notice.category(),
                notice.title(), notice.message(), event.eventId(), event.type(), event.correlationId(),
                event.occurredAt()));
    }

    /** Whether events of this payload type ever make a notification. */
    public boolean concerns(Class<? extends DomainEvent> payloadType) {
        return wordings.containsKey(payloadType);
    }

    /** Name-based, so a redelivered event yields the very same notification id (and PortalNotification id). */
    public static UUID idFor(UUID sourceEventId) {
        return UUID.nameUUIDFromBytes(("notification:" + sourceEventId).getBytes(StandardCharsets.UTF_8));
    }

    private <E extends DomainEvent> void on(Class<E> type, Function<E, Notice> wording) {
        wordings.put(type, event -> wording.apply(type.cast(event)));
    }
}
