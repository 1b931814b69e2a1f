package org.medmassage.authorization.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medmassage.authorization.Fixtures.MASSAGE_CODES;
import static org.medmassage.authorization.Fixtures.MEMBER;
import static org.medmassage.authorization.Fixtures.OTHER_PROVIDER;
import static org.medmassage.authorization.Fixtures.approved;
import static org.medmassage.authorization.Fixtures.visit;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.medmassage.authorization.coverage.PreAuth;
import org.medmassage.authorization.time.DateWindow;
import org.medmassage.codesets.remittance.CodedRejection;

/** RULEBOOK Example 6d: auth covers 97140 only, 97124 billed ⇒ line 1 CO-284, line 2 adjudicates normally (PA-05). */
class PartlyAuthorizedVisitTest {

    private static final String A123 = "A20260115-00000123";
    private static final String B456 = "A20260201-00000456";
    private static final DateWindow FEB_MAR = DateWindow.of(LocalDate.parse("2026-02-01"), LocalDate.parse("2026-03-31"));
    private static final DateWindow MAR = DateWindow.of(LocalDate.parse("2026-03-01"), LocalDate.parse("2026-03-31"));
    private static final LocalDate MAR_10 = LocalDate.parse("2026-03-10");

    private final AuthorizationMatch match = new AuthorizationMatch();
    private final VisitAuthorizationPolicy policy = new VisitAuthorizationPolicy();
    private final AuthorizedVisits a123For97140 =
            AuthorizedVisits.unused(approved(A123, 12, List.of("97140"), FEB_MAR));

    @Test
    void example_6d_an_authorization_for_97140_covers_the_visit_but_not_97124() {
        MatchResult result = match.match(visit("C-1", A123, MAR_10, MASSAGE_CODES), List.of(a123For97140));

        assertThat(result).isEqualTo(new MatchResult.Usable(a123For97140, List.of("97124")));
    }

    @Test
    void example_6d_consumes_the_date_s_visit_once_and_names_the_codes_not_authorized() {
        VisitOutcome.Authorized outcome = (VisitOutcome.Authorized) policy.authorize(
                visit("C-1", A123, MAR_10, MASSAGE_CODES), PreAuth.REQUIRED, List.of(a123For97140), false);

        assertThat(outcome.codesNotAuthorized()).containsExactly("97124");
        assertThat(outcome.newlyConsumed()).isTrue();
        assertThat(outcome.visitsUsed()).isEqualTo(1);
        assertThat(outcome.visitsRemaining()).isEqualTo(11);
    }

    @Test
    void a_fully_authorized_visit_names_no_code() {
        AuthorizedVisits both = AuthorizedVisits.unused(approved(A123, 12, MASSAGE_CODES, FEB_MAR));

        VisitOutcome.Authorized outcome = (VisitOutcome.Authorized) policy.authorize(
                visit("C-1", A123, MAR_10, MASSAGE_CODES), PreAuth.REQUIRED, List.of(both), false);

        assertThat(outcome.codesNotAuthorized()).isEmpty();
    }

    @Test
    void prefers_an_authorization_covering_every_billed_code_over_an_older_partial_one() {
        AuthorizedVisits b456Both = AuthorizedVisits.unused(approved(B456, 6, MASSAGE_CODES, MAR));

        assertThat(match.match(visit("C-1", null, MAR_10, MASSAGE_CODES), List.of(a123For97140, b456Both)))
                .isEqualTo(new MatchResult.Usable(b456Both));
    }

    @Test
    void a_partly_authorized_visit_for_another_provider_is_still_CO_296() {
        BilledVisit otherClinic = new BilledVisit("C-1", MEMBER, A123, OTHER_PROVIDER, MAR_10, MASSAGE_CODES);

        CodedRejection rejection = ((MatchResult.Unusable) match.match(otherClinic, List.of(a123For97140))).rejection();

        assertThat(rejection.carc()).isEqualTo("296");
    }

    @Test
    void a_partly_authorized_visit_on_a_used_up_authorization_is_still_CO_198() {
        AuthorizedVisits allUsed = new AuthorizedVisits(a123For97140.authorization(), IntStream.range(0, 12)
                .mapToObj(i -> new ConsumedVisit(LocalDate.parse("2026-02-02").plusDays(i), "C-used-" + i)).toList());

        CodedRejection rejection = ((MatchResult.Unusable) match.match(visit("C-13", A123, MAR_10, MASSAGE_CODES),
                List.of(allUsed))).rejection();

        assertThat(rejection.carc()).isEqualTo("198");
    }

    @Test
    void a_visit_with_no_authorized_code_is_denied_whole_with_CO_284() {
        CodedRejection rejection = ((MatchResult.Unusable) match.match(visit("C-1", A123, MAR_10, List.of("97124")),
                List.of(a123For97140))).rejection();

        assertThat(rejection.carc()).isEqualTo("284");
        assertThat(rejection.rarc()).isEqualTo("N54");
    }
}
