package org.medmassage.authorization.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medmassage.authorization.Fixtures.MASSAGE_CODES;
import static org.medmassage.authorization.Fixtures.SIX_WEEKS;
import static org.medmassage.authorization.Fixtures.approved;
import static org.medmassage.authorization.Fixtures.visit;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** PA-04: one visit per date of service, used while any claim of that date stands. */
class AuthorizedVisitsTest {

    private static final String NUMBER = "A20260302-7KQ4M9XZ";
    private static final LocalDate MAR_10 = LocalDate.parse("2026-03-10");
    private static final LocalDate MAR_12 = LocalDate.parse("2026-03-12");

    private final AuthorizedVisits story = AuthorizedVisits.unused(approved(NUMBER, 12, MASSAGE_CODES, SIX_WEEKS));

    @Test
    void claims_for_one_date_share_its_visit_in_the_order_they_were_authorized() {
        AuthorizedVisits used = billed("C-1", "C-2", "C-3");

        assertThat(used.visitsUsed()).isEqualTo(1);
        assertThat(used.consumedOn(MAR_10)).contains(new ConsumedVisit(MAR_10, List.of("C-1", "C-2", "C-3")));
        assertThat(used.consumedBy("C-3").map(ConsumedVisit::holder)).contains("C-1");
    }

    @Test
    void a_claim_billed_again_for_its_date_stands_on_the_visit_once() {
        AuthorizedVisits used = billed("C-1", "C-2");

        assertThat(used.consume(visit("C-2", NUMBER, MAR_10, MASSAGE_CODES))).isSameAs(used);
        assertThat(used.consume(visit("C-1", NUMBER, MAR_10, MASSAGE_CODES))).isSameAs(used);
    }

    @Test
    void releasing_the_claim_that_holds_a_date_s_visit_passes_it_to_the_claim_that_stays() {
        VisitRelease release = billed("C-1", "C-2").release("C-1");

        VisitRelease.PassedOn passedOn = (VisitRelease.PassedOn) release;
        assertThat(passedOn.toClaimId()).isEqualTo("C-2");
        assertThat(passedOn.dateOfService()).isEqualTo(MAR_10);
        assertThat(passedOn.after().visitsUsed()).isEqualTo(1);
        assertThat(passedOn.after().consumedOn(MAR_10)).contains(new ConsumedVisit(MAR_10, "C-2"));
    }

    @Test
    void the_visit_passes_to_the_oldest_claim_that_still_stands() {
        AuthorizedVisits used = billed("C-1", "C-2", "C-3");
        AuthorizedVisits secondLeft = ((VisitRelease.SharerLeft) used.release("C-2")).after();

        VisitRelease.PassedOn passedOn = (VisitRelease.PassedOn) secondLeft.release("C-1");

        assertThat(passedOn.toClaimId()).isEqualTo("C-3");
    }

    @Test
    void releasing_a_claim_that_only_shared_the_visit_releases_nothing() {
        VisitRelease release = billed("C-1", "C-2").release("C-2");

        VisitRelease.SharerLeft sharerLeft = (VisitRelease.SharerLeft) release;
        assertThat(sharerLeft.after().visitsUsed()).isEqualTo(1);
        assertThat(sharerLeft.after().consumedOn(MAR_10)).contains(new ConsumedVisit(MAR_10, "C-1"));
    }

    @Test
    void releasing_the_last_standing_claim_of_a_date_gives_its_visit_back() {
        AuthorizedVisits holderLeft = ((VisitRelease.PassedOn) billed("C-1", "C-2").release("C-1")).after();

        VisitRelease.GivenBack givenBack = (VisitRelease.GivenBack) holderLeft.release("C-2");

        assertThat(givenBack.dateOfService()).isEqualTo(MAR_10);
        assertThat(givenBack.after().visitsUsed()).isZero();
        assertThat(givenBack.after().visitsRemaining()).isEqualTo(12);
    }

    @Test
    void releasing_a_claim_twice_releases_nothing_the_second_time() {
        AuthorizedVisits holderLeft = ((VisitRelease.PassedOn) billed("C-1", "C-2").release("C-1")).after();

        assertThat(holderLeft.release("C-1")).isEqualTo(new VisitRelease.NotStanding());
    }

    @Test
    void releasing_a_claim_leaves_the_visits_of_other_dates_alone() {
        AuthorizedVisits used = billed("C-1").consume(visit("C-9", NUMBER, MAR_12, MASSAGE_CODES));

        VisitRelease.GivenBack givenBack = (VisitRelease.GivenBack) used.release("C-1");

        assertThat(givenBack.after().visitsUsed()).isEqualTo(1);
        assertThat(givenBack.after().consumedOn(MAR_12)).contains(new ConsumedVisit(MAR_12, "C-9"));
    }

    private AuthorizedVisits billed(String... claimIds) {
        AuthorizedVisits used = story;
        for (String claimId : claimIds) {
            used = used.consume(visit(claimId, NUMBER, MAR_10, MASSAGE_CODES));
        }
        return used;
    }
}
