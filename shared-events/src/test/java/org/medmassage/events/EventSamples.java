package org.medmassage.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.medmassage.events.authorization.*;
import org.medmassage.events.benefit.*;
import org.medmassage.events.claim.*;
import org.medmassage.events.portal.PortalNotification;
import org.medmassage.events.referral.*;

/**
 * One realistic payload per event type, taken from the foundation story: member M-1001 with low back pain (M54.50),
 * a 12-session referral valid 2026-03-02..2026-04-12 (MN-04), an in-network therapist (NPI 1245319599) paid 40.00 per
 * unit of 97124, and a first 30-minute session on 2026-03-10: 2 units, charge 120.00, allowed 80.00, all of it to the
 * 500.00 deductible (CS-01), so the plan pays 0.00 and the patient 80.00.
 */
public final class EventSamples {

    public static final String MEMBER = "M-1001";
    public static final String PRESCRIBER_NPI = "1234567893";
    public static final String PROVIDER_NPI = "1245319599";
    public static final String DIAGNOSIS = "M54.50";
    public static final String MASSAGE = "97124";
    /** NUCC provider taxonomy of a massage therapist (837P PRV03). */
    public static final String MASSAGE_THERAPIST = "225700000X";
    /** NUCC provider taxonomy of a physical therapist. */
    public static final String PHYSICAL_THERAPIST = "225100000X";
    public static final String MANUAL_THERAPY = "97140";
    public static final String REFERRAL_ID = "REF-20260302-0001";
    public static final String LETTER_ID = "LMN-20260302-0001";
    public static final String AUTHORIZATION_ID = "AUTH-20260302-0001";
    public static final String AUTHORIZATION_NUMBER = "A20260302-000001";
    public static final String CLAIM_ID = "6f1c2a9e-3d4b-4c1a-9e7f-2b8d5a0c1e34";
    public static final String PLAN_ID = "GOLD-PPO";
    public static final LocalDate ISSUED_ON = LocalDate.parse("2026-03-02");
    public static final LocalDate VALID_TO = LocalDate.parse("2026-04-12");
    public static final LocalDate DATE_OF_SERVICE = LocalDate.parse("2026-03-10");
    public static final LocalDate PLAN_YEAR_START = LocalDate.parse("2026-01-01");
    public static final Instant OCCURRED_AT = Instant.parse("2026-03-10T15:30:00Z");
    public static final UUID SOURCE_EVENT_ID = UUID.fromString("0b2c7c0e-7c1f-4e0c-9a7c-1b2c3d4e5f60");

    private static final List<DomainEvent> SAMPLES = List.of(
            new ReferralRecorded(REFERRAL_ID, MEMBER, new Prescriber(PRESCRIBER_NPI, "Dr. Ada Lovelace", "MD"),
                    List.of(DIAGNOSIS), List.of(MASSAGE, MANUAL_THERAPY), 12, 6, ISSUED_ON, ISSUED_ON, VALID_TO),
            new ReferralRevoked(REFERRAL_ID, MEMBER, "Withdrawn by the prescriber."),
            new ReferralExpired(REFERRAL_ID, MEMBER, VALID_TO, 9, 12),
            new MedicalNecessityLetterIssued(LETTER_ID, REFERRAL_ID, MEMBER, List.of(DIAGNOSIS), ISSUED_ON,
                    LocalDate.parse("2027-03-01")),

            new AuthApproved(AUTHORIZATION_ID, AUTHORIZATION_NUMBER, MEMBER, REFERRAL_ID, PROVIDER_NPI,
                    List.of(MASSAGE, MANUAL_THERAPY), 12, ISSUED_ON, VALID_TO),
            new AuthPartiallyApproved(AUTHORIZATION_ID, AUTHORIZATION_NUMBER, MEMBER, REFERRAL_ID, PROVIDER_NPI,
                    List.of(MASSAGE), 16, 12, ISSUED_ON, VALID_TO, "The referral covers 12 sessions."),
            new AuthPended(AUTHORIZATION_ID, AUTHORIZATION_NUMBER, MEMBER, REFERRAL_ID,
                    "Waiting for referral REF-20260302-0001."),
            new AuthDenied(AUTHORIZATION_ID, AUTHORIZATION_NUMBER, MEMBER, REFERRAL_ID, "The referral was revoked."),
            new AuthExpired(AUTHORIZATION_ID, AUTHORIZATION_NUMBER, MEMBER, VALID_TO, 9, 12),
            new AuthExhausted(AUTHORIZATION_ID, AUTHORIZATION_NUMBER, MEMBER, 12),
            new AuthDecisionDue(AUTHORIZATION_ID, AUTHORIZATION_NUMBER, MEMBER, "STANDARD",
                    Instant.parse("2026-03-10T03:59:59.999Z"), false),
            new VisitAuthorized(CLAIM_ID, MEMBER, AUTHORIZATION_ID, AUTHORIZATION_NUMBER, DATE_OF_SERVICE, 1, 11,
                    List.of(MANUAL_THERAPY), List.of(MASSAGE), REFERRAL_ID, 3),
            new VisitNotAuthorized(CLAIM_ID, MEMBER, null, DATE_OF_SERVICE, "197", "N54",
                    "No authorization on file for member M-1001.", List.of(MASSAGE)),
            new VisitReleased(CLAIM_ID, MEMBER, AUTHORIZATION_ID, AUTHORIZATION_NUMBER, DATE_OF_SERVICE, 0, REFERRAL_ID, 2),

            new SessionBilled(CLAIM_ID, MEMBER, AUTHORIZATION_NUMBER, PROVIDER_NPI, DATE_OF_SERVICE, "11",
                    List.of(DIAGNOSIS), List.of(MASSAGE), REFERRAL_ID, MASSAGE_THERAPIST),
            new CostShareRequested(CLAIM_ID, MEMBER, DATE_OF_SERVICE, NetworkTier.IN_NETWORK,
                    List.of(new PricedLine(1, MASSAGE, 2, money("120.00"), money("80.00"))), MASSAGE_THERAPIST),
            new ClaimAdjudicated(CLAIM_ID, MEMBER, DATE_OF_SERVICE, "PAID", money("120.00"), money("80.00"),
                    money("0.00"), money("80.00"), List.of(firstSessionRemittance()), "HEALTH_PLAN"),
            new ClaimVoided(CLAIM_ID, MEMBER, DATE_OF_SERVICE, "Billed in error."),

            new CoverageActivated(MEMBER, PLAN_ID, PLAN_YEAR_START, LocalDate.parse("2026-12-31"), true, false, 20,
                    "AMA_PER_CODE", List.of(MASSAGE_THERAPIST, PHYSICAL_THERAPIST), List.of("97124", MANUAL_THERAPY),
                    "COMMERCIAL", 1),
            new MemberRegistered(MEMBER, "Jane", "Doe", LocalDate.parse("1985-04-12")),
            new CostShareApplied(CLAIM_ID, MEMBER, DATE_OF_SERVICE, NetworkTier.IN_NETWORK,
                    List.of(new LineCostShare(1, money("80.00"), money("80.00"), money("0.00"), money("0.00"),
                            money("0.00"), money("80.00"))),
                    money("420.00"), money("2920.00"), 1, 20,
                    List.of(new NotCoveredLine(2, MANUAL_THERAPY, "PR", "204", "N130",
                            "97140 is not a covered service under plan GOLD-PPO.")),
                    PLAN_YEAR_START, LocalDate.parse("2026-12-31")),
            new BenefitLimitReached(CLAIM_ID, MEMBER, DATE_OF_SERVICE, 20, 20, "119", "N640", "ALLOWED",
                    List.of(new NotCoveredLine(2, "97012", "PR", "204", "N130",
                            "97012 is not a covered service under plan GOLD-PPO"))),
            new CostShareDenied(CLAIM_ID, MEMBER, DATE_OF_SERVICE, "CO", "27", null,
                    "No coverage on 2026-03-10."),
            new AccumulatorsReversed(CLAIM_ID, MEMBER, DATE_OF_SERVICE, money("80.00"), money("80.00"), 1),
            new DeductibleMet(MEMBER, CLAIM_ID, NetworkTier.IN_NETWORK, PLAN_YEAR_START, money("500.00")),
            new OutOfPocketMaxReached(MEMBER, CLAIM_ID, NetworkTier.IN_NETWORK, PLAN_YEAR_START, money("3000.00")),
            new VisitLimitApproaching(MEMBER, CLAIM_ID, 18, 20, 2),

            new PortalNotification("9a3f6e1b-5c2d-4e8f-a1b7-c3d9e0f4a2b6", MEMBER, "CLAIM", "Claim processed",
                    "Your visit on 2026-03-10 went to your deductible: you owe 80.00.", SOURCE_EVENT_ID,
                    "ClaimAdjudicated", CLAIM_ID, OCCURRED_AT));

    /**
     * The same events with every nullable field null, as the saga really sends them: no pre-authorization needed, a
     * claim without an authorization number, open-ended coverage, an out-of-network tier without an out-of-pocket
     * maximum, denials without a remark code.
     */
    private static final List<DomainEvent> NULLABLE_VARIANTS = List.of(
            new ReferralRevoked(REFERRAL_ID, MEMBER, null),
            new AuthPended(AUTHORIZATION_ID, AUTHORIZATION_NUMBER, MEMBER, REFERRAL_ID, null),
            new VisitAuthorized(CLAIM_ID, MEMBER, null, null, DATE_OF_SERVICE, 0, 0, null, null, null, null),
            new VisitReleased(CLAIM_ID, MEMBER, null, null, DATE_OF_SERVICE, 0, null, null),
            new VisitNotAuthorized(CLAIM_ID, MEMBER, null, DATE_OF_SERVICE, "197", null, "No authorization.", null),
            new SessionBilled(CLAIM_ID, MEMBER, null, PROVIDER_NPI, DATE_OF_SERVICE, "11", List.of(DIAGNOSIS),
                    List.of(MASSAGE, MANUAL_THERAPY), null, null),
            new CostShareRequested(CLAIM_ID, MEMBER, DATE_OF_SERVICE, NetworkTier.OUT_OF_NETWORK,
                    List.of(new PricedLine(1, MASSAGE, 2, money("120.00"), money("60.00"))), null),
            new ClaimVoided(CLAIM_ID, MEMBER, DATE_OF_SERVICE, null),
            new CoverageActivated(MEMBER, PLAN_ID, PLAN_YEAR_START, null, false, false, 0),
            new CostShareApplied(CLAIM_ID, MEMBER, DATE_OF_SERVICE, NetworkTier.OUT_OF_NETWORK,
                    List.of(new LineCostShare(1, money("60.00"), money("60.00"), money("0.00"), money("0.00"),
                            money("0.00"), money("60.00"))),
                    money("940.00"), null, 2, 20, null),
            new BenefitLimitReached(CLAIM_ID, MEMBER, DATE_OF_SERVICE, 20, 20, "119", null),
            new CostShareDenied(CLAIM_ID, MEMBER, DATE_OF_SERVICE, "CO", "27", null, null),
            new OutOfPocketMaxReached(MEMBER, CLAIM_ID, NetworkTier.OUT_OF_NETWORK, PLAN_YEAR_START, null));

    private EventSamples() {
    }

    /** The sample of every event type that has one; a catalogue entry without a sample is missing here. */
    public static Map<EventType, DomainEvent> byType() {
        return SAMPLES.stream().collect(Collectors.toMap(EventType::of, Function.identity()));
    }

    public static DomainEvent of(EventType type) {
        DomainEvent sample = byType().get(type);
        if (sample == null) {
            throw new IllegalStateException("no sample for " + type + ": add one to EventSamples");
        }
        return sample;
    }

    public static List<DomainEvent> all() {
        return SAMPLES;
    }

    /** Every sample, then the variants whose nullable fields are null. */
    public static List<DomainEvent> allWithNullableVariants() {
        return Stream.concat(SAMPLES.stream(), NULLABLE_VARIANTS.stream()).toList();
    }

    /** The first session's remittance line: CO-45 40.00 written off, PR-1 80.00 to the deductible, 0.00 paid. */
    private static AdjudicatedLine firstSessionRemittance() {
        return new AdjudicatedLine(1, MASSAGE, 2, money("120.00"), money("80.00"), money("80.00"), money("0.00"),
                money("0.00"), money("0.00"), money("80.00"),
                List.of(new Adjustment("CO", "45", money("40.00")), new Adjustment("PR", "1", money("80.00"))),
                List.of());
    }

    private static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }
}
