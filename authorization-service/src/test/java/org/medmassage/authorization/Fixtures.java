package org.medmassage.authorization;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.medmassage.authorization.decision.ApprovedAuthorization;
import org.medmassage.authorization.decision.AuthorizationId;
import org.medmassage.authorization.decision.AuthorizationNumber;
import org.medmassage.authorization.decision.AuthorizationRequest;
import org.medmassage.authorization.decision.AuthorizationStatus;
import org.medmassage.authorization.decision.Priority;
import org.medmassage.authorization.referral.KnownReferral;
import org.medmassage.authorization.time.DateWindow;
import org.medmassage.authorization.usage.BilledVisit;

/** The story of the rulebook (M54.50, "12 sessions over 6 weeks" written 2026-03-02) and Example 6, as test data. */
public final class Fixtures {

    public static final String MEMBER = "M-1001";
    public static final String OTHER_MEMBER = "M-2002";
    public static final String REFERRAL = "R-1";
    public static final String PROVIDER = "1234567893";
    public static final String OTHER_PROVIDER = "1245319599";
    public static final List<String> MASSAGE_CODES = List.of("97124", "97140");
    public static final LocalDate ISSUED_ON = LocalDate.parse("2026-03-02");
    /** MN-04: 6 weeks = 42 calendar days counting the day written as day 1. */
    public static final DateWindow SIX_WEEKS = DateWindow.of(ISSUED_ON, LocalDate.parse("2026-04-12"));
    public static final Instant RECEIVED_AT = Instant.parse("2026-03-02T09:00:00Z");

    public static KnownReferral storyReferral() {
        return new KnownReferral(REFERRAL, MEMBER, MASSAGE_CODES, 12, SIX_WEEKS);
    }

    public static AuthorizationRequest storyRequest() {
        return request(MASSAGE_CODES, 12, ISSUED_ON);
    }

    public static AuthorizationRequest request(List<String> codes, int visits, LocalDate startDate) {
        return new AuthorizationRequest(MEMBER, REFERRAL, PROVIDER, codes, visits, startDate, Priority.STANDARD,
                RECEIVED_AT);
    }

    public static ApprovedAuthorization approved(String number, int visits, List<String> codes, DateWindow window) {
        return new ApprovedAuthorization(AuthorizationId.random(), new AuthorizationNumber(number),
                request(codes, visits, window.from()), RECEIVED_AT.plusSeconds(3600), AuthorizationStatus.APPROVED,
                visits, codes, window, null, RECEIVED_AT, null);
    }

    public static BilledVisit visit(String claimId, String number, LocalDate dateOfService, List<String> codes) {
        return new BilledVisit(claimId, MEMBER, number, PROVIDER, dateOfService, codes);
    }

    private Fixtures() {
    }
}
