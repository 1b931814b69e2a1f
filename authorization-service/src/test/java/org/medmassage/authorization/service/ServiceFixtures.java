package org.medmassage.authorization.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.medmassage.events.claim.ClaimAdjudicated;
import org.medmassage.events.claim.ClaimVoided;
import org.medmassage.events.claim.SessionBilled;
import org.medmassage.events.referral.Prescriber;
import org.medmassage.events.referral.ReferralRecorded;

/** The events other services would publish, and request bodies, for the story's member (M54.50, 12 over 6 weeks). */
final class ServiceFixtures {

    static final String PROVIDER = "1234567893";
    static final List<String> MASSAGE = List.of("97124", "97140");
    static final LocalDate ISSUED_ON = LocalDate.parse("2026-03-02");
    static final LocalDate SIX_WEEKS_END = LocalDate.parse("2026-04-12");

    private ServiceFixtures() {
    }

    static String newMember() {
        return "M-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static String referralOf(String member) {
        return "R-" + member;
    }

    static ReferralRecorded referralRecorded(String member, int sessions) {
        return new ReferralRecorded(referralOf(member), member, new Prescriber("1245319599", "Dr. A. Example", "MD"),
                List.of("M54.50"), MASSAGE, sessions, 6, ISSUED_ON, ISSUED_ON, SIX_WEEKS_END);
    }

    static SessionBilled sessionBilled(String member, String claimId, String number, String dateOfService) {
        return new SessionBilled(claimId, member, number, PROVIDER, LocalDate.parse(dateOfService), "11",
                List.of("M54.50"), MASSAGE);
    }

    static ClaimAdjudicated claimDenied(String member, String claimId, String dateOfService) {
        BigDecimal zero = new BigDecimal("0.00");
        return new ClaimAdjudicated(claimId, member, LocalDate.parse(dateOfService), "DENIED", new BigDecimal("180.00"),
                zero, zero, zero, List.of());
    }

    static ClaimVoided claimVoided(String member, String claimId, String dateOfService) {
        return new ClaimVoided(claimId, member, LocalDate.parse(dateOfService), "billed in error");
    }

    /** POST /authorizations for the story: the referral's codes from the day it was written. */
    static Map<String, Object> requestBody(String member, int visits) {
        return new HashMap<>(Map.of("memberId", member, "referralId", referralOf(member), "providerNpi", PROVIDER,
                "procedureCodes", MASSAGE, "requestedVisits", visits, "startDate", ISSUED_ON.toString(),
                "priority", "STANDARD"));
    }
}
