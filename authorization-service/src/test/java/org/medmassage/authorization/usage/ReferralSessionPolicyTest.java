package org.medmassage.authorization.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medmassage.authorization.Fixtures.MASSAGE_CODES;
import static org.medmassage.authorization.Fixtures.MEMBER;
import static org.medmassage.authorization.Fixtures.SIX_WEEKS;
import static org.medmassage.authorization.Fixtures.approved;
import static org.medmassage.authorization.Fixtures.visit;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.medmassage.authorization.coverage.PreAuth;
import org.medmassage.authorization.referral.KnownReferral;
import org.medmassage.authorization.time.DateWindow;
import org.medmassage.codesets.remittance.AdjustmentGroup;
import org.medmassage.codesets.remittance.CodedRejection;

/**
 * MN-04/MN-05 on a plan requiring a referral but no pre-authorization (ADR 0066): the story's "12 sessions over 6
 * weeks" (2026-03-02..2026-04-12); each date of service uses one session, the sessions used so far on 2026-03-03,
 * 03-04, … one a day.
 */
class ReferralSessionPolicyTest {

    private static final String ON_R1 = "A20260302-7KQ4M9XZ";
    private static final String UNKNOWN_NUMBER = "A20260302-0000000Z";
    private static final LocalDate APR_1 = LocalDate.parse("2026-04-01");
    private static final DateWindow EIGHT_WEEKS = DateWindow.of(LocalDate.parse("2026-03-03"),
            LocalDate.parse("2026-04-29"));

    private final ReferralSessionPolicy policy = new ReferralSessionPolicy();

    static Stream<Arguments> visitsOnReferralOnlyPlans() {
        return Stream.of(
                Arguments.of("the 12th visit of a 12-session referral is paid", List.of(used(story(), 11)),
                        visit("C-12", null, APR_1, MASSAGE_CODES), List.of(), "R-1", 12),
                Arguments.of("the 13th visit is denied CO-288 (MN-05), every massage line",
                        List.of(used(story(), 12)), visit("C-13", null, APR_1, MASSAGE_CODES), MASSAGE_CODES, null, 0),
                Arguments.of("a second date shares nothing: it uses its own session", List.of(used(story(), 5)),
                        visit("C-6", null, APR_1, MASSAGE_CODES), List.of(), "R-1", 6),
                Arguments.of("a visit on the date of a standing claim uses no new session, even the 13th",
                        List.of(used(story(), 12)), visit("C-again", null, day(4), MASSAGE_CODES), List.of(), "R-1", 12),
                Arguments.of("the referral the claim names (REF*9F) is preferred",
                        List.of(used(story(), 3), ReferralSessions.unused(later())),
                        named("R-2", visit("C-1", null, APR_1, MASSAGE_CODES)), List.of(), "R-2", 1),
                Arguments.of("no name: the referral ending first", List.of(ReferralSessions.unused(later()),
                        used(story(), 3)), visit("C-1", null, APR_1, MASSAGE_CODES), List.of(), "R-1", 4),
                Arguments.of("a named referral whose sessions are used: the one ending first instead",
                        List.of(used(story(), 3), used(later(), 12)),
                        named("R-2", visit("C-1", null, APR_1, MASSAGE_CODES)), List.of(), "R-1", 4),
                Arguments.of("a named referral not ordering the code: the one ending first instead",
                        List.of(used(story(), 3), ReferralSessions.unused(manualTherapyOnly())),
                        named("R-3", visit("C-1", null, APR_1, List.of("97124"))), List.of(), "R-1", 4),
                Arguments.of("the date's referral keeps the date, whatever the claim names",
                        List.of(used(story(), 3), ReferralSessions.unused(later())),
                        named("R-2", visit("C-again", null, day(4), MASSAGE_CODES)), List.of(), "R-1", 3),
                Arguments.of("a referral used up leaves the next one to back the date",
                        List.of(used(story(), 12), ReferralSessions.unused(later())),
                        visit("C-13", null, APR_1, MASSAGE_CODES), List.of(), "R-2", 1),
                Arguments.of("line by line: 97124 only on a used-up referral is denied, 97140 uses the other's",
                        List.of(used(story(), 12), ReferralSessions.unused(manualTherapyOnly())),
                        visit("C-13", null, APR_1, MASSAGE_CODES), List.of("97124"), "R-3", 1),
                Arguments.of("sessions used through the referral's authorizations count (a plan change)",
                        List.of(new ReferralSessions(story(), sessions(2), 10)),
                        visit("C-13", null, APR_1, MASSAGE_CODES), MASSAGE_CODES, null, 0),
                Arguments.of("a visit without a massage line uses no session", List.of(used(story(), 12)),
                        visit("C-1", null, APR_1, List.of("97110")), List.of(), null, 0),
                Arguments.of("after the window (MN-05: week 7) no session is left to use", List.of(used(story(), 1)),
                        visit("C-1", null, LocalDate.parse("2026-04-13"), MASSAGE_CODES), MASSAGE_CODES, null, 0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("visitsOnReferralOnlyPlans")
    void uses_one_session_of_one_referral_per_date_of_service(String caseName, List<ReferralSessions> referrals,
            BilledVisit visit, List<String> expectedWithoutReferral, String expectedReferral, int expectedUsed) {
        ReferralCheck check = policy.check(visit, referrals, List.of());

        assertThat(check.codesWithoutReferral()).containsExactlyElementsOf(expectedWithoutReferral);
        assertThat(check.session().map(ReferralSessions::referralId).orElse(null)).isEqualTo(expectedReferral);
        assertThat(check.session().map(ReferralSessions::sessionsUsedByVisits).orElse(0)).isEqualTo(expectedUsed);
    }

    @Test
    void denies_the_13th_visit_of_a_12_session_referral_with_CO_288_N29_naming_the_referral() {
        BilledVisit thirteenth = visit("C-13", null, APR_1, MASSAGE_CODES);

        VisitOutcome outcome = new VisitAuthorizationPolicy().authorize(thirteenth, PreAuth.NOT_REQUIRED,
                policy.check(thirteenth, List.of(used(story(), 12)), List.of()), List.of(), false);

        VisitOutcome.NotAuthorized denied = (VisitOutcome.NotAuthorized) outcome;
        assertThat(denied.rejection()).isEqualTo(new CodedRejection(AdjustmentGroup.CO, "288", "N29",
                "all 12 sessions of referral R-1 are used; no active referral of member M-1001 orders 97124, 97140 "
                        + "on 2026-04-01; the member's plan requires one"));
        assertThat(denied.codesWithoutReferral()).containsExactlyElementsOf(MASSAGE_CODES);
    }

    @Test
    void the_12th_visit_is_paid_and_carries_the_referral_session_it_uses() {
        BilledVisit twelfth = visit("C-12", null, APR_1, MASSAGE_CODES);

        VisitOutcome outcome = new VisitAuthorizationPolicy().authorize(twelfth, PreAuth.NOT_REQUIRED,
                policy.check(twelfth, List.of(used(story(), 11)), List.of()), List.of(), false);

        ReferralSessions session = ((VisitOutcome.AuthorizationNotRequired) outcome).referralSession();
        assertThat(session.referralId()).isEqualTo("R-1");
        assertThat(session.sessionsUsed()).isEqualTo(12);
        assertThat(session.isUsedUp()).isTrue();
    }

    @Test
    void a_denied_claim_gives_its_session_back_so_the_13th_visit_becomes_payable() {
        ReferralSessions allUsed = used(story(), 12);
        BilledVisit thirteenth = visit("C-13", null, APR_1, MASSAGE_CODES);
        assertThat(policy.check(thirteenth, List.of(allUsed), List.of()))
                .isInstanceOf(ReferralCheck.ReferralAbsent.class);

        ReferralSessions afterDenial = allUsed.release("C-4");

        assertThat(afterDenial.sessionsUsedByVisits()).isEqualTo(11);
        ReferralCheck check = policy.check(thirteenth, List.of(afterDenial), List.of());
        assertThat(check).isInstanceOf(ReferralCheck.Referred.class);
        assertThat(check.session().orElseThrow().sessionsUsedByVisits()).isEqualTo(12);
    }

    @Test
    void a_denied_claim_whose_date_another_claim_stands_on_passes_the_session_on_and_gives_nothing_back() {
        ReferralSessions shared = used(story(), 12).use(visit("C-again", null, day(4), MASSAGE_CODES));

        ReferralSessions afterDenial = shared.release("C-4");

        assertThat(afterDenial.sessionsUsedByVisits()).isEqualTo(12);
        assertThat(afterDenial.dateStoodOnBy("C-again")).contains(day(4));
        assertThat(afterDenial.release("C-again").sessionsUsedByVisits()).isEqualTo(11);
        assertThat(afterDenial.release("C-again").release("C-again").sessionsUsedByVisits()).isEqualTo(11);
    }

    @Test
    void a_claim_citing_an_authorization_uses_a_session_of_that_authorizations_referral() {
        // Fixtures' authorizations are requested on R-1
        AuthorizedVisits onR1 = AuthorizedVisits.unused(approved(ON_R1, 12, MASSAGE_CODES, EIGHT_WEEKS));
        List<ReferralSessions> referrals = List.of(ReferralSessions.unused(laterOf("R-1")),
                ReferralSessions.unused(earlierOf("R-0")));

        assertThat(policy.check(visit("C-1", ON_R1, APR_1, MASSAGE_CODES), referrals, List.of(onR1))
                .session().orElseThrow().referralId()).isEqualTo("R-1");
        assertThat(policy.check(visit("C-1", UNKNOWN_NUMBER, APR_1, MASSAGE_CODES), referrals, List.of(onR1))
                .session().orElseThrow().referralId()).isEqualTo("R-0");
    }

    private static KnownReferral story() {
        return new KnownReferral("R-1", MEMBER, MASSAGE_CODES, 12, SIX_WEEKS);
    }

    private static KnownReferral later() {
        return laterOf("R-2");
    }

    private static KnownReferral laterOf(String id) {
        return new KnownReferral(id, MEMBER, MASSAGE_CODES, 12, EIGHT_WEEKS);
    }

    private static KnownReferral earlierOf(String id) {
        return new KnownReferral(id, MEMBER, MASSAGE_CODES, 12, DateWindow.of(LocalDate.parse("2026-03-01"),
                LocalDate.parse("2026-04-05")));
    }

    private static KnownReferral manualTherapyOnly() {
        return new KnownReferral("R-3", MEMBER, List.of("97140"), 12, EIGHT_WEEKS);
    }

    /** The referral with its first {@code count} sessions used, one a day from 2026-03-03, by claims C-3, C-4, … */
    private static ReferralSessions used(KnownReferral referral, int count) {
        return new ReferralSessions(referral, sessions(count), 0);
    }

    private static List<ConsumedVisit> sessions(int count) {
        return IntStream.rangeClosed(3, count + 2).mapToObj(day -> new ConsumedVisit(day(day), "C-" + day)).toList();
    }

    private static LocalDate day(int dayOfMarch) {
        return LocalDate.of(2026, 3, dayOfMarch);
    }

    private static BilledVisit named(String referralNumber, BilledVisit visit) {
        return new BilledVisit(visit.claimId(), visit.memberId(), visit.authorizationNumber(), visit.providerNpi(),
                visit.dateOfService(), visit.procedureCodes(), referralNumber);
    }
}
