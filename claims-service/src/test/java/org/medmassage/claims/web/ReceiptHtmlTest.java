package org.medmassage.claims.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.medmassage.claims.credentials.CredentialingHistory;
import org.medmassage.claims.credentials.Licence;
import org.medmassage.claims.credentials.PracticeAddress;
import org.medmassage.claims.credentials.ProviderCredentials;
import org.medmassage.claims.credentials.TaxId;
import org.medmassage.claims.explanation.WorkedExamples;
import org.medmassage.claims.pricing.Provider;
import org.medmassage.claims.receipt.HsaFsaEligibilityPolicy;
import org.medmassage.claims.receipt.LetterOfMedicalNecessity;
import org.medmassage.claims.receipt.PaidVisit;
import org.medmassage.claims.receipt.Patient;
import org.medmassage.claims.receipt.Receipt;
import org.medmassage.events.NetworkTier;

class ReceiptHtmlTest {

    private static final LetterOfMedicalNecessity LETTER = new LetterOfMedicalNecessity("LMN-1", "REF-1", "M-1001",
            List.of("M54.50"), LocalDate.of(2026, 3, 2), LocalDate.of(2027, 3, 1));

    @Test
    void prints_the_eligibility_the_services_in_words_and_what_the_patient_owes() {
        String html = ReceiptHtml.render(receipt("Calm Hands Massage", "Jane", List.of(LETTER)));

        assertThat(html).contains("Itemized receipt for HSA/FSA", "<strong>HSA/FSA-eligible</strong>",
                "eligible amount $60.40", "Letter of medical necessity LMN-1", "March 10, 2026", "Jane Doe",
                "May 17, 1980", "Calm Hands Massage", "NPI " + WorkedExamples.NPI, "Tax id 12-3456789",
                "12 Elm Street, Springfield, IL 62701", "Licence LMT 227.004242 (IL)", "CPT 97124-GP Therapeutic massage",
                "CPT 97140-GP-59 Manual therapy", "<strong>M54.50</strong> Low back pain, unspecified", "$180.00",
                "$41.60", "Amount the patient owes: <strong>$60.40</strong>");
        assertThat(html).doesNotContain("How to make it HSA/FSA-eligible", "not on file");
    }

    @Test
    void without_a_letter_prints_not_eligible_and_how_to_get_one() {
        String html = ReceiptHtml.render(receipt("Calm Hands Massage", "Jane", List.of()));

        assertThat(html).contains("<strong>Not HSA/FSA-eligible</strong>", "How to make it HSA/FSA-eligible",
                "Ask the prescriber");
    }

    @Test
    void escapes_every_value_and_loads_nothing_the_content_security_policy_would_block() {
        String html = ReceiptHtml.render(receipt("<script>alert('x')</script> & Sons", "<b>Jane</b>", List.of()));

        assertThat(html).doesNotContain("<script", "<b>", "<link", "src=", "href=", "url(")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; Sons", "&lt;b&gt;Jane&lt;/b&gt; Doe");
    }

    @Test
    void a_member_whose_name_is_not_known_yet_prints_name_not_on_file() {
        Receipt receipt = Receipt.of(PaidVisit.of(WorkedExamples.example1()), null, null, code -> Optional.empty(),
                HsaFsaEligibilityPolicy.judge(WorkedExamples.DOS, List.of("M54.50"), List.of()));

        assertThat(ReceiptHtml.render(receipt)).contains("name not on file", "Practice address not on file",
                "Licence not on file for the date of service", "Tax id not on file");
    }

    private static Receipt receipt(String providerName, String firstName, List<LetterOfMedicalNecessity> letters) {
        Provider provider = new Provider(WorkedExamples.NPI, providerName, NetworkTier.IN_NETWORK,
                Map.of("97124", new BigDecimal("35.00")), new ProviderCredentials(List.of(),
                        new PracticeAddress("12 Elm Street", "Springfield", "IL", "62701"),
                        List.of(new Licence("LMT", "227.004242", "IL", LocalDate.of(2026, 1, 1), null)),
                        CredentialingHistory.none()), new TaxId("123456789"), Map.of());
        return Receipt.of(PaidVisit.of(WorkedExamples.example1()),
                new Patient("M-1001", firstName, "Doe", LocalDate.of(1980, 5, 17)), provider,
                code -> Optional.of("Low back pain, unspecified"),
                HsaFsaEligibilityPolicy.judge(WorkedExamples.DOS, List.of("M54.50"), letters));
    }
}
