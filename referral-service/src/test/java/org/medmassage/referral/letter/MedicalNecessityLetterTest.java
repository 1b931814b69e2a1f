package org.medmassage.referral.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.medmassage.codesets.IcdTitles;
import org.medmassage.referral.prescription.Prescriber;
import org.medmassage.referral.prescription.Referral;
import org.medmassage.referral.prescription.ReferralId;
import org.medmassage.referral.prescription.ReferralStatus;
import org.medmassage.referral.prescription.ValidityWindow;

/** ALT-01: what a letter of medical necessity states, and for how long it is valid. */
class MedicalNecessityLetterTest {

    private static final LocalDate WRITTEN = LocalDate.of(2026, 3, 2);
    private static final Patient JANE = Patient.named("M-1001", "Jane", "Doe", LocalDate.of(1980, 5, 17));
    private final IcdTitles titles = IcdTitles.standard();

    @Test
    void states_patient_diagnoses_with_words_treatment_frequency_prescriber_and_dates() {
        MedicalNecessityLetter letter = MedicalNecessityLetter.of("LMN-1", referral("M54.50", "M62.830"), JANE, titles::title,
                LocalDate.of(2026, 3, 10), new LetterValidity(12));

        assertThat(letter.memberId()).isEqualTo("M-1001");
        assertThat(letter.patient()).isEqualTo(new Patient("M-1001", "Jane Doe", LocalDate.of(1980, 5, 17)));
        assertThat(letter.status()).isEqualTo(LetterStatus.VALID);
        assertThat(letter.statusReason()).isNull();
        assertThat(letter.diagnoses()).extracting(MedicalNecessityLetter.Diagnosis::code)
                .containsExactly("M54.50", "M62.830");
        assertThat(letter.diagnoses().get(0).title()).isEqualTo("Low back pain, unspecified");
        assertThat(letter.recommendation()).contains("CPT 97124 massage therapy").contains("treat the diagnosed conditions")
                .contains("not for general health");
        assertThat(letter.frequencyAndDuration())
                .isEqualTo("12 sessions over 6 weeks (about 2 a week), from 2026-03-02 to 2026-04-12");
        assertThat(letter.prescriber().name()).isEqualTo("Dr. Ada Lovelace");
        assertThat(letter.issuedOn()).isEqualTo(LocalDate.of(2026, 3, 10));
        assertThat(letter.validTo()).isEqualTo(LocalDate.of(2027, 3, 9));
    }

    @Test
    void a_code_without_a_title_on_file_says_so_rather_than_inventing_words() {
        MedicalNecessityLetter letter = MedicalNecessityLetter.of("LMN-1", referral("M54.50"), JANE,
                code -> java.util.Optional.empty(), WRITTEN, new LetterValidity(12));

        assertThat(letter.diagnoses().get(0).title()).isEqualTo(MedicalNecessityLetter.TITLE_NOT_ON_FILE);
    }

    @Test
    void a_member_whose_name_is_not_known_yet_is_named_as_not_on_file() {
        MedicalNecessityLetter letter = MedicalNecessityLetter.of("LMN-1", referral("M54.50"),
                Patient.notOnFile("M-1001"), titles::title, WRITTEN, new LetterValidity(12));

        assertThat(letter.patient()).isEqualTo(new Patient("M-1001", "name not on file", null));
    }

    @Test
    void a_letter_whose_referral_was_revoked_reads_revoked_with_the_reason() {
        Referral revoked = referral("M54.50").revoke("Withdrawn by the prescriber.");

        MedicalNecessityLetter letter = MedicalNecessityLetter.of("LMN-1", revoked, JANE, titles::title, WRITTEN,
                LocalDate.of(2027, 3, 1), LocalDate.of(2026, 3, 20));

        assertThat(letter.status()).isEqualTo(LetterStatus.REVOKED);
        assertThat(letter.statusReason()).startsWith("ALT-01").contains("revoked", "Withdrawn by the prescriber.",
                "no longer substantiates");
    }

    @ParameterizedTest(name = "read on {0}: {1}")
    @CsvSource({"2027-03-01, VALID", "2027-03-02, EXPIRED"})
    void a_letter_expires_after_its_last_day_even_when_its_referral_ended_long_before(LocalDate today,
            LetterStatus status) {
        Referral expired = referral("M54.50").expire();

        MedicalNecessityLetter letter = MedicalNecessityLetter.of("LMN-1", expired, JANE, titles::title, WRITTEN,
                LocalDate.of(2027, 3, 1), today);

        assertThat(letter.status()).isEqualTo(status);
    }

    @ParameterizedTest(name = "issued {0} for {1} months → valid to {2}")
    @CsvSource({"2026-03-02, 12, 2027-03-01", "2026-03-02, 6, 2026-09-01", "2028-02-29, 12, 2029-02-27",
            "2026-01-31, 1, 2026-02-27"})
    void is_valid_at_most_twelve_months_counting_the_issue_day(LocalDate issued, int months, LocalDate validTo) {
        assertThat(new LetterValidity(months).lastDay(issued)).isEqualTo(validTo);
    }

    @ParameterizedTest(name = "{0} months is refused")
    @CsvSource({"0", "13", "24"})
    void cannot_be_configured_beyond_twelve_months(int months) {
        assertThatThrownBy(() -> new LetterValidity(months)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ALT-01");
    }

    static Referral referral(String... codes) {
        return new Referral(new ReferralId("R-1"), "M-1001", new Prescriber("1234567893", "Dr. Ada Lovelace", "MD"),
                List.of(codes), List.of("97124", "97140"), 12, 6, WRITTEN, ValidityWindow.of(WRITTEN, 6, 90),
                ReferralStatus.ACTIVE, 0, null);
    }
}
