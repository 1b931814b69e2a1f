package org.medmassage.notification.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.medmassage.events.DomainEvent;
import org.medmassage.events.NetworkTier;
import org.medmassage.events.authorization.AuthApproved;
import org.medmassage.events.authorization.AuthPended;
import org.medmassage.events.authorization.VisitAuthorized;
import org.medmassage.events.authorization.VisitReleased;
import org.medmassage.events.benefit.AccumulatorsReversed;
import org.medmassage.events.benefit.CostShareApplied;
import org.medmassage.events.benefit.CoverageActivated;
import org.medmassage.events.benefit.LineCostShare;
import org.medmassage.events.claim.ClaimAdjudicated;
import org.medmassage.events.claim.ClaimVoided;
import org.medmassage.events.referral.Prescriber;
import org.medmassage.events.referral.ReferralRecorded;
import org.medmassage.events.referral.ReferralRevoked;

/** Issue 16 item 1: the portal's figures, folded from the story's events (RULEBOOK's worked example, CS-07 voids). */
class MemberOverviewTest {

    private static final LocalDate YEAR_START = LocalDate.parse("2026-01-01");
    private static final LocalDate YEAR_END = LocalDate.parse("2026-12-31");

    @Test
    void the_story_after_two_visits_has_met_80_00_of_the_deductible_and_10_authorized_visits_left() {
        MemberOverview overview = fold(
                coverage(20, null),
                referral(),
                approved(12),
                visitAuthorized("CLM-1", 1, 11),
                applied("CLM-1", YEAR_START, null, line("80.00", "80.00", "0.00"), "420.00", "2920.00", 1),
                adjudicated("CLM-1", "PAID", "0.00", "80.00"),
                visitAuthorized("CLM-2", 2, 10),
                applied("CLM-2", YEAR_START, null, line("102.00", "0.00", "20.40"), "420.00", "2899.60", 2),
                adjudicated("CLM-2", "PAID", "81.60", "20.40"));

        assertThat(overview.benefits().deductibleMet()).isEqualByComparingTo("80.00");
        assertThat(overview.benefits().deductibleRemaining()).isEqualByComparingTo("420.00");
        assertThat(overview.benefits().outOfPocketRemaining()).isEqualByComparingTo("2899.60");
        assertThat(overview.benefits().visitsUsed()).isEqualTo(2);
        assertThat(overview.benefits().visitLimit()).isEqualTo(20);
        assertThat(overview.authorization().visitsLeft()).isEqualTo(10);
        assertThat(overview.referral().status()).isEqualTo("ACTIVE");
        assertThat(overview.claims()).extracting(ClaimStanding::claimId).containsExactly("CLM-1", "CLM-2");
        assertThat(overview.claims().get(1).youOwe()).isEqualByComparingTo("20.40");
        assertThat(overview.claims().get(1).explanation()).isEqualTo("told CLM-2");
        assertThat(overview.revision()).isEqualTo(9);
    }

    @Test
    void a_void_gives_back_the_deductible_out_of_pocket_visit_and_authorized_visit_and_owes_nothing() {
        MemberOverview overview = fold(
                approved(12),
                visitAuthorized("CLM-1", 1, 11),
                applied("CLM-1", YEAR_START, null, line("80.00", "80.00", "0.00"), "420.00", "2920.00", 1),
                adjudicated("CLM-1", "PAID", "0.00", "80.00"),
                new AccumulatorsReversed("CLM-1", "M-1", LocalDate.parse("2026-03-10"), money("80.00"), money("80.00"), 1),
                new VisitReleased("CLM-1", "M-1", "AUTH-1", "A-1", LocalDate.parse("2026-03-10"), 0),
                new ClaimVoided("CLM-1", "M-1", LocalDate.parse("2026-03-10"), "billed in error"));

        assertThat(overview.benefits().deductibleMet()).isEqualByComparingTo("0.00");
        assertThat(overview.benefits().deductibleRemaining()).isEqualByComparingTo("500.00");
        assertThat(overview.benefits().outOfPocketRemaining()).isEqualByComparingTo("3000.00");
        assertThat(overview.benefits().visitsUsed()).isZero();
        assertThat(overview.authorization().visitsLeft()).isEqualTo(12);
        ClaimStanding voided = overview.claims().get(0);
        assertThat(voided.status()).isEqualTo("VOIDED");
        assertThat(voided.youOwe()).isEqualByComparingTo("0.00");
    }

    @Test
    void a_new_plan_year_starts_the_deductible_met_from_zero() {
        LocalDate nextYear = LocalDate.parse("2027-01-01");
        MemberOverview overview = fold(
                applied("CLM-1", YEAR_START, null, line("80.00", "80.00", "0.00"), "420.00", "2920.00", 1),
                applied("CLM-2", nextYear, null, line("50.00", "50.00", "0.00"), "450.00", "2950.00", 1));

        assertThat(overview.benefits().deductibleMet()).isEqualByComparingTo("50.00");
        assertThat(overview.benefits().planYearStart()).isEqualTo(nextYear);
    }

    @Test
    void auto_pip_cost_share_and_coverage_leave_the_health_plans_figures_alone() {
        MemberOverview overview = fold(
                coverage(20, null),
                coverage(0, "AUTO_PIP"),
                applied("CLM-PIP", YEAR_START, "AUTO_PIP", line("102.00", "0.00", "0.00"), "0.00", "0.00", 0));

        assertThat(overview.benefits().visitLimit()).isEqualTo(20);
        assertThat(overview.benefits().deductibleRemaining()).isNull();
        assertThat(overview.benefits().deductibleMet()).isEqualByComparingTo("0.00");
    }

    @Test
    void a_pended_then_approved_authorization_and_a_revoked_referral_read_as_their_latest_state() {
        MemberOverview overview = fold(
                referral(),
                new AuthPended("AUTH-1", "A-1", "M-1", "REF-1", "more than 12 visits needs a reviewer"),
                new ReferralRevoked("REF-1", "M-1", "prescriber withdrew it"));
        assertThat(overview.authorization().status()).isEqualTo("PENDED");
        assertThat(overview.authorization().visitsLeft()).isNull();
        assertThat(overview.referral().status()).isEqualTo("REVOKED");

        MemberOverview approved = overview.after(approved(16), Instant.EPOCH, null);
        assertThat(approved.authorization().status()).isEqualTo("APPROVED");
        assertThat(approved.authorization().visitsLeft()).isEqualTo(16);
    }

    @Test
    void a_claim_decided_again_replaces_its_earlier_standing() {
        MemberOverview overview = fold(
                adjudicated("CLM-1", "DENIED", "0.00", "102.00"),
                adjudicated("CLM-1", "PAID", "81.60", "20.40"));

        assertThat(overview.claims()).singleElement().satisfies(claim -> {
            assertThat(claim.status()).isEqualTo("PAID");
            assertThat(claim.youOwe()).isEqualByComparingTo("20.40");
        });
    }

    private static MemberOverview fold(DomainEvent... events) {
        MemberOverview overview = MemberOverview.empty("M-1");
        for (DomainEvent event : events) {
            String told = event instanceof ClaimAdjudicated claim ? "told " + claim.claimId() : null;
            overview = overview.after(event, Instant.parse("2026-03-10T12:00:00Z"), told);
        }
        return overview;
    }

    private static CoverageActivated coverage(int visitLimit, String payerType) {
        return new CoverageActivated("M-1", "PLAN-1", YEAR_START, YEAR_END, true, true, visitLimit, null, null, null,
                payerType, null);
    }

    private static ReferralRecorded referral() {
        return new ReferralRecorded("REF-1", "M-1", new Prescriber("1234567893", "Dr. Ada Lovelace", "MD"),
                List.of("M54.50"), List.of("97124"), 12, 6, LocalDate.parse("2026-03-02"),
                LocalDate.parse("2026-03-02"), LocalDate.parse("2026-04-12"));
    }

    private static AuthApproved approved(int visits) {
        return new AuthApproved("AUTH-1", "A-1", "M-1", "REF-1", "1245319590", List.of("97124"), visits,
                LocalDate.parse("2026-03-02"), LocalDate.parse("2026-04-12"));
    }

    private static VisitAuthorized visitAuthorized(String claimId, int used, int left) {
        return new VisitAuthorized(claimId, "M-1", "AUTH-1", "A-1", LocalDate.parse("2026-03-10"), used, left);
    }

    private static LineCostShare line(String allowed, String deductible, String coinsurance) {
        BigDecimal patient = money(deductible).add(money(coinsurance));
        return new LineCostShare(1, money(allowed), money(deductible), money("0.00"), money(coinsurance),
                money(allowed).subtract(patient), patient);
    }

    private static CostShareApplied applied(String claimId, LocalDate yearStart, String payer, LineCostShare line,
                                            String deductibleRemaining, String oopRemaining, int visitsUsed) {
        return new CostShareApplied(claimId, "M-1", LocalDate.parse("2026-03-10"), NetworkTier.IN_NETWORK,
                List.of(line), money(deductibleRemaining), money(oopRemaining), visitsUsed, 20, List.of(), yearStart,
                yearStart.plusYears(1).minusDays(1), payer, null);
    }

    private static ClaimAdjudicated adjudicated(String claimId, String status, String planPaid, String patient) {
        return new ClaimAdjudicated(claimId, "M-1", LocalDate.parse("2026-03-10"), status, money("120.00"),
                money(planPaid).add(money(patient)), money(planPaid), money(patient), List.of());
    }

    private static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }
}
