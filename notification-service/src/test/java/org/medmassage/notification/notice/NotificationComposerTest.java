package org.medmassage.notification.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.medmassage.events.DomainEvent;
import org.medmassage.events.EventType;
import org.medmassage.events.NetworkTier;
import org.medmassage.events.authorization.*;
import org.medmassage.events.benefit.*;
import org.medmassage.events.claim.*;
import org.medmassage.events.portal.PortalNotification;
import org.medmassage.events.referral.*;

class NotificationComposerTest {

    private static final LocalDate FROM = LocalDate.parse("2026-03-02");
    private static final LocalDate TO = LocalDate.parse("2026-04-12");
    private static final LocalDate DOS = LocalDate.parse("2026-03-10");
    private static final LocalDate PLAN_YEAR = LocalDate.parse("2026-01-01");
    private static final Instant AT = Instant.parse("2026-03-02T10:15:30Z");

    private static final Set<Class<? extends DomainEvent>> PATIENT_FACING = Set.of(
            ReferralRecorded.class, ReferralRevoked.class, ReferralExpired.class, MedicalNecessityLetterIssued.class,
            AuthApproved.class, AuthPartiallyApproved.class, AuthPended.class, AuthDenied.class, AuthExpired.class,
            AuthExhausted.class, ClaimAdjudicated.class, ClaimVoided.class, DeductibleMet.class,
            OutOfPocketMaxReached.class, VisitLimitApproaching.class, BenefitLimitReached.class);

    private final NotificationComposer composer = new NotificationComposer();

    static Stream<Arguments> patientFacingEvents() {
        return Stream.of(
                row(referral(12), Category.REFERRAL, "Referral on file",
                        "Your referral for 12 massage sessions is on file, valid 2026-03-02 to 2026-04-12"),
                row(referral(1), Category.REFERRAL, "Referral on file",
                        "Your referral for 1 massage session is on file, valid 2026-03-02 to 2026-04-12"),
                row(new ReferralRevoked("REF-1", "M-1", "Withdrawn by the prescriber."), Category.REFERRAL,
                        "Referral withdrawn", "Your referral for massage therapy is no longer valid: Withdrawn by the prescriber"),
                row(new ReferralExpired("REF-1", "M-1", TO, 9, 12), Category.REFERRAL, "Referral expired",
                        "Your referral for massage therapy ended on 2026-04-12 after 9 sessions of 12: ask your prescriber for a new referral to continue"),
                row(new MedicalNecessityLetterIssued("LMN-1", "REF-1", "M-1", List.of("M54.50"), FROM,
                                LocalDate.parse("2027-03-01")), Category.REFERRAL, "Letter of medical necessity ready",
                        "Your letter of medical necessity for massage therapy is ready, valid 2026-03-02 to 2027-03-01: use it for HSA or FSA reimbursement"),
                row(new AuthApproved("AUTH-1", "PA-000001", "M-1", "REF-1", "1234567893", List.of("97124", "97140"),
                                12, FROM, TO), Category.AUTHORIZATION, "Massage therapy approved",
                        "Your massage therapy is approved for 12 visits from 2026-03-02 to 2026-04-12 (authorization number PA-000001)"),
                row(new AuthPartiallyApproved("AUTH-1", "PA-000001", "M-1", "REF-1", "1234567893", List.of("97124"),
                                20, 12, FROM, TO, "The referral allows 12 sessions."), Category.AUTHORIZATION,
                        "Massage therapy partly approved",
                        "Your massage therapy is partly approved: 12 of the 20 visits requested, from 2026-03-02 to 2026-04-12 (authorization number PA-000001); reason: The referral allows 12 sessions"),
                row(new AuthPended("AUTH-1", "PA-000001", "M-1", "REF-9", "waiting for the referral"),
                        Category.AUTHORIZATION, "Approval pending",
                        "Your request for massage therapy is pending: waiting for the referral"),
                row(new AuthPended("AUTH-1", "PA-000001", "M-1", "REF-9", " "), Category.AUTHORIZATION,
                        "Approval pending", "Your request for massage therapy is pending review"),
                row(new AuthDenied("AUTH-1", "PA-000001", "M-1", "REF-1", "the referral was revoked"),
                        Category.AUTHORIZATION, "Massage therapy not approved",
                        "Your request for massage therapy was not approved: the referral was revoked"),
                row(new AuthExpired("AUTH-1", "PA-000001", "M-1", TO, 8, 12), Category.AUTHORIZATION,
                        "Authorization ended",
                        "Your massage therapy authorization PA-000001 ended on 2026-04-12 with 4 of your 12 approved visits unused"),
                row(new AuthExhausted("AUTH-1", "PA-000001", "M-1", 12), Category.AUTHORIZATION,
                        "All approved visits used",
                        "You have used all 12 visits approved by your massage therapy authorization PA-000001"),
                row(new ClaimVoided("CLM-1", "M-1", DOS, "billed in error"), Category.CLAIM, "Claim cancelled",
                        "The claim for your visit on 2026-03-10 was cancelled: billed in error; any amount it showed you owe no longer applies"),
                row(new DeductibleMet("M-1", "CLM-1", NetworkTier.IN_NETWORK, PLAN_YEAR, new BigDecimal("500.00")),
                        Category.BENEFITS, "Deductible met",
                        "You have met your $500.00 in-network deductible for the plan year that started 2026-01-01"),
                row(new DeductibleMet("M-1", "CLM-1", NetworkTier.OUT_OF_NETWORK, PLAN_YEAR, new BigDecimal("1000")),
                        Category.BENEFITS, "Deductible met",
                        "You have met your $1,000.00 out-of-network deductible for the plan year that started 2026-01-01"),
                row(new OutOfPocketMaxReached("M-1", "CLM-1", NetworkTier.IN_NETWORK, PLAN_YEAR,
                                new BigDecimal("3000.00")), Category.BENEFITS, "Out-of-pocket maximum reached",
                        "You have reached your $3,000.00 in-network out-of-pocket maximum for the plan year that started 2026-01-01: covered in-network care costs you nothing more this plan year"),
                row(new OutOfPocketMaxReached("M-1", "CLM-1", NetworkTier.OUT_OF_NETWORK, PLAN_YEAR,
                                new BigDecimal("6000.00")), Category.BENEFITS, "Out-of-pocket maximum reached",
                        "You have reached your $6,000.00 out-of-network out-of-pocket maximum for the plan year that started 2026-01-01: your plan now pays the full allowed amount for covered out-of-network care this plan year"),
                row(new VisitLimitApproaching("M-1", "CLM-1", 18, 20, 2), Category.BENEFITS, "Visit limit approaching",
                        "You have used 18 of the 20 visits your plan covers this plan year: 2 visits left"),
                row(new VisitLimitApproaching("M-1", "CLM-1", 19, 20, 1), Category.BENEFITS, "Visit limit approaching",
                        "You have used 19 of the 20 visits your plan covers this plan year: 1 visit left"),
                row(new VisitLimitApproaching("M-1", "CLM-1", 20, 20, 0), Category.BENEFITS, "Visit limit reached",
                        "You have used all 20 visits your plan covers this plan year: more visits this plan year will not be covered"),
                row(new BenefitLimitReached("CLM-1", "M-1", DOS, 20, 20, "119", "N640"), Category.BENEFITS,
                        "Visit over your plan's limit",
                        "Your visit on 2026-03-10 is over your plan's limit of 20 visits this plan year, so your plan does not cover it"));
    }

    static Stream<DomainEvent> silentEvents() {
        return Stream.of(
                new SessionBilled("CLM-1", "M-1", "PA-000001", "1234567893", DOS, "11", List.of("M54.50"),
                        List.of("97124")),
                new CostShareRequested("CLM-1", "M-1", DOS, NetworkTier.IN_NETWORK, List.of()),
                new VisitAuthorized("CLM-1", "M-1", "AUTH-1", "PA-000001", DOS, 1, 11),
                new VisitNotAuthorized("CLM-1", "M-1", null, DOS, "197", "N54", "no authorization"),
                new VisitReleased("CLM-1", "M-1", "AUTH-1", "PA-000001", DOS, 0),
                new CostShareApplied("CLM-1", "M-1", DOS, NetworkTier.IN_NETWORK, List.of(), BigDecimal.ZERO,
                        BigDecimal.ZERO, 1, 20),
                new CostShareDenied("CLM-1", "M-1", DOS, "CO", "27", null, "no coverage"),
                new AccumulatorsReversed("CLM-1", "M-1", DOS, BigDecimal.ZERO, BigDecimal.ZERO, 1),
                new CoverageActivated("M-1", "GOLD", PLAN_YEAR, null, true, false, 20),
                new PortalNotification("N-1", "M-1", "CLAIM", "t", "m", UUID.randomUUID(), "ClaimAdjudicated",
                        "CLM-1", AT));
    }

    @ParameterizedTest(name = "{0}: {3}")
    @MethodSource("patientFacingEvents")
    void words_each_patient_facing_event_plainly_and_exactly(String type, DomainEvent event, Category category,
            String title, String message) {
        Notification notification = composer.compose(SourceEvent.of(UUID.randomUUID(), AT, event)).orElseThrow();

        assertThat(notification.category()).isEqualTo(category);
        assertThat(notification.title()).isEqualTo(title);
        assertThat(notification.message()).isEqualTo(message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("silentEvents")
    void says_nothing_about_events_that_do_not_concern_the_patient(DomainEvent event) {
        assertThat(composer.compose(SourceEvent.of(UUID.randomUUID(), AT, event))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void every_event_in_the_catalogue_is_either_worded_or_silent_by_decision(EventType type) {
        assertThat(composer.concerns(type.payloadType())).isEqualTo(PATIENT_FACING.contains(type.payloadType()));
    }

    @Test
    void a_notification_carries_its_source_event_and_member() {
        UUID eventId = UUID.randomUUID();
        SourceEvent source = SourceEvent.of(eventId, AT, referral(12));

        Notification notification = composer.compose(source).orElseThrow();

        assertThat(notification.memberId()).isEqualTo("M-1");
        assertThat(notification.sourceEventId()).isEqualTo(eventId);
        assertThat(notification.sourceEventType()).isEqualTo("ReferralRecorded");
        assertThat(notification.correlationId()).isEqualTo("REF-1");
        assertThat(notification.occurredAt()).isEqualTo(AT);
    }

    @Test
    void a_redelivered_event_yields_the_same_notification_id() {
        UUID eventId = UUID.randomUUID();

        Notification first = composer.compose(SourceEvent.of(eventId, AT, referral(12))).orElseThrow();
        Notification again = composer.compose(SourceEvent.of(eventId, AT, referral(12))).orElseThrow();
        Notification other = composer.compose(SourceEvent.of(UUID.randomUUID(), AT, referral(12))).orElseThrow();

        assertThat(again).isEqualTo(first);
        assertThat(other.id()).isNotEqualTo(first.id());
    }

    private static ReferralRecorded referral(int sessions) {
        return new ReferralRecorded("REF-1", "M-1", new Prescriber("1234567893", "Dr. Ada Lovelace", "MD"),
                List.of("M54.50"), List.of("97124", "97140"), sessions, 6, FROM, FROM, TO);
    }

    private static Arguments row(DomainEvent event, Category category, String title, String message) {
        return Arguments.of(event.getClass().getSimpleName(), event, category, title, message);
    }
}
