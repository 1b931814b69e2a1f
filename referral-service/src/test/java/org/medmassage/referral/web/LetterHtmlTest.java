package org.medmassage.referral.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.medmassage.referral.letter.LetterValidity;
import org.medmassage.referral.letter.MedicalNecessityLetter;
import org.medmassage.referral.letter.Patient;
import org.medmassage.referral.prescription.Prescriber;
import org.medmassage.referral.prescription.Referral;
import org.medmassage.referral.prescription.ReferralId;
import org.medmassage.referral.prescription.ReferralStatus;
import org.medmassage.referral.prescription.ValidityWindow;

/** The printable letter (ALT-01) shows every required element and escapes what the prescriber's office typed. */
class LetterHtmlTest {

    @Test
    void renders_the_letter_and_escapes_names() {
        LocalDate written = LocalDate.of(2026, 3, 2);
        Referral referral = new Referral(new ReferralId("R-1"), "M-1001",
                new Prescriber("1234567893", "Dr. Zoë <script>alert(1)</script> & Co", "MD"), List.of("M54.50"),
                List.of("97124"), 12, 6, written, ValidityWindow.of(written, 6, 90), ReferralStatus.ACTIVE, 0, null);
        MedicalNecessityLetter letter = MedicalNecessityLetter.of("LMN-1", referral,
                Patient.named("M-1001", "Jane", "O'Doe <Jr>", LocalDate.of(1980, 5, 17)),
                code -> Optional.of("Low back pain, unspecified"), written, new LetterValidity(12));

        String html = LetterHtml.render(letter);

        assertThat(html).contains("<h1>Letter of Medical Necessity</h1>", "M-1001",
                "Patient: <strong>Jane O&#39;Doe &lt;Jr&gt;</strong>", "Date of birth May 17, 1980", "<strong>M54.50</strong> Low back pain, unspecified",
                "12 sessions over 6 weeks", "March 2, 2026", "Valid through March 1, 2027", "NPI 1234567893",
                "Dr. Zoë &lt;script&gt;alert(1)&lt;/script&gt; &amp; Co");
        assertThat(html).doesNotContain("<script>", "<Jr>", "not valid");
    }

    @Test
    void a_revoked_letter_says_it_is_not_valid_and_why() {
        LocalDate written = LocalDate.of(2026, 3, 2);
        Referral referral = new Referral(new ReferralId("R-1"), "M-1001",
                new Prescriber("1234567893", "Dr. Ada Lovelace", "MD"), List.of("M54.50"), List.of("97124"), 12, 6,
                written, ValidityWindow.of(written, 6, 90), ReferralStatus.ACTIVE, 0, null).revoke("Wrong patient.");
        MedicalNecessityLetter letter = MedicalNecessityLetter.of("LMN-1", referral, Patient.notOnFile("M-1001"),
                code -> Optional.empty(), written, written.plusMonths(12).minusDays(1), written.plusDays(5));

        assertThat(LetterHtml.render(letter)).contains("<strong>REVOKED: this letter is not valid.</strong>",
                "Wrong patient.", "Patient: <strong>name not on file</strong>", "Date of birth not on file");
    }
}
