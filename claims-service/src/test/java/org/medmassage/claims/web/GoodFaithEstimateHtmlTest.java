package org.medmassage.claims.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.medmassage.claims.application.ReadGoodFaithEstimates.BilledEstimate;
import org.medmassage.claims.credentials.CredentialingHistory;
import org.medmassage.claims.credentials.PracticeAddress;
import org.medmassage.claims.credentials.ProviderCredentials;
import org.medmassage.claims.credentials.TaxId;
import org.medmassage.claims.estimate.BilledVisit;
import org.medmassage.claims.estimate.DisputeEligibilityPolicy;
import org.medmassage.claims.estimate.EstimateDecision;
import org.medmassage.claims.estimate.EstimateFixtures;
import org.medmassage.claims.estimate.EstimateIntake;
import org.medmassage.claims.estimate.GoodFaithEstimate;
import org.medmassage.claims.pricing.Provider;
import org.medmassage.claims.receipt.Patient;
import org.medmassage.codesets.IcdCodeSet;
import org.medmassage.events.NetworkTier;

class GoodFaithEstimateHtmlTest {

    @Test
    void prints_the_parties_the_expected_charges_the_deadline_and_the_disclaimers() {
        String html = GoodFaithEstimateHtml.render(billed(EstimateFixtures.estimate(true), List.of()));

        assertThat(html).contains("<h1 style=\"font-size:1.4em\">Good Faith Estimate</h1>", "Jane Doe",
                "May 17, 1980", "Harbor Massage Clinic", "NPI " + EstimateFixtures.NPI, "Tax id 12-3456789",
                "1 Pine St, Harbor, WA 98101", "12 planned: March 10, 2026; March 17, 2026",
                "CPT 97124 Therapeutic massage", "CPT 97140 Manual therapy", "$720.00", "$342.00", "$1,440.00",
                "Total expected charges: <strong>$1,062.00</strong>", "Due by February 25, 2026",
                "Issued <strong>February 23, 2026</strong> &middot; on time", "Diagnosis: M54.50",
                "Nothing has been billed for these dates yet.", "not a contract", "Keep a copy");
        assertThat(html).doesNotContain("You may dispute this bill");
    }

    @Test
    void prints_the_bill_and_the_dispute_window_once_it_is_400_00_over() {
        String html = GoodFaithEstimateHtml.render(billed(EstimateFixtures.estimate(false), List.of(
                new BilledVisit("C-1", EstimateFixtures.FIRST_SESSION, LocalDate.of(2026, 5, 27),
                        new BigDecimal("1462.00")))));

        assertThat(html).contains("Billed in all $1,462.00", "Difference from this estimate $400.00",
                "<strong>You may dispute this bill</strong>", "by September 24, 2026");
    }

    @Test
    void escapes_every_value_and_loads_nothing_the_content_security_policy_would_block() {
        Provider provider = new Provider(EstimateFixtures.NPI, "<script>alert('x')</script> & Sons",
                NetworkTier.IN_NETWORK, Map.of(), new ProviderCredentials(List.of(),
                        new PracticeAddress("<b>1</b> Pine St", "Harbor", "WA", "98101"), List.of(),
                        CredentialingHistory.none()), new TaxId("123456789"),
                Map.of("97124", new BigDecimal("30.00"), "97140", new BigDecimal("28.50")));
        GoodFaithEstimate estimate = ((EstimateDecision.Written) new EstimateIntake(IcdCodeSet.standard()).write(
                UUID.randomUUID(), EstimateFixtures.draft(false), Optional.of(provider),
                Optional.of(new Patient("M-1001", "<b>Jane</b>", "Doe", LocalDate.of(1980, 5, 17))),
                EstimateFixtures.ISSUED_ON)).estimate();

        String html = GoodFaithEstimateHtml.render(billed(estimate, List.of()));

        assertThat(html).doesNotContain("<script", "<b>", "<link", "src=", "href=", "url(")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; Sons", "&lt;b&gt;Jane&lt;/b&gt; Doe");
    }

    private static GoodFaithEstimateResponse billed(GoodFaithEstimate estimate, List<BilledVisit> visits) {
        return GoodFaithEstimateResponse.of(new BilledEstimate(estimate,
                DisputeEligibilityPolicy.judge(estimate, visits)));
    }
}
