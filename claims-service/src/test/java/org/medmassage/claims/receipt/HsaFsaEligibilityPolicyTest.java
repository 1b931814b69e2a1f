package org.medmassage.claims.receipt;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** ALT-01 / ALT-02: a session is HSA/FSA-eligible only with a letter valid on its date of service. */
class HsaFsaEligibilityPolicyTest {

    // issued 2026-03-10 for 12 months: valid through 2027-03-09 (referral-service's LetterValidity)
    /** The visit's diagnoses: the letters below name one of them. */
    private static final List<String> TREATED = List.of("M54.50", "M62.830");
    private static final LetterOfMedicalNecessity LETTER = new LetterOfMedicalNecessity("LMN-1", "REF-1", "M-1001",
            List.of("M54.50"), LocalDate.of(2026, 3, 10), LocalDate.of(2027, 3, 9));

    @ParameterizedTest(name = "{0}: eligible {1}")
    @CsvSource({
            "2026-03-09, false", // the day before it was issued
            "2026-03-10, true",  // its first day
            "2027-03-09, true",  // its last day
            "2027-03-10, false"  // the day after
    })
    void a_letter_counts_from_its_first_day_to_its_last(LocalDate dateOfService, boolean eligible) {
        assertThat(HsaFsaEligibilityPolicy.judge(dateOfService, TREATED, List.of(LETTER)).eligible())
                .isEqualTo(eligible);
    }

    @Test
    void an_eligible_session_names_the_letter_and_its_dates() {
        HsaFsaEligibility eligibility = HsaFsaEligibilityPolicy.judge(LocalDate.of(2026, 3, 12), TREATED,
                List.of(LETTER));

        assertThat(eligibility.letter()).isEqualTo(new HsaFsaEligibility.LetterNamed("LMN-1", "REF-1",
                LocalDate.of(2026, 3, 10), LocalDate.of(2027, 3, 9), null, null));
        assertThat(eligibility.statement()).startsWith("HSA/FSA-eligible").contains("LMN-1", "issued 2026-03-10",
                "valid through 2027-03-09", "2026-03-12");
        assertThat(eligibility.howToGetOne()).isNull();
    }

    @Test
    void without_a_letter_the_session_is_not_eligible_and_says_how_to_get_one() {
        HsaFsaEligibility eligibility = HsaFsaEligibilityPolicy.judge(LocalDate.of(2026, 3, 12), TREATED, List.of());

        assertThat(eligibility.eligible()).isFalse();
        assertThat(eligibility.letter()).isNull();
        assertThat(eligibility.statement()).isEqualTo("Not HSA/FSA-eligible as it stands: no letter of medical"
                + " necessity is on file for you.");
        assertThat(eligibility.howToGetOne()).contains("Ask the prescriber", "letter of medical necessity",
                "POST /referrals/{referralId}/letter-of-medical-necessity");
    }

    @Test
    void a_letter_whose_referral_was_revoked_no_longer_counts_from_the_day_of_revocation() {
        LetterOfMedicalNecessity revoked = LETTER.revokedOn(LocalDate.of(2026, 4, 1), "Withdrawn by the prescriber.");

        assertThat(HsaFsaEligibilityPolicy.judge(LocalDate.of(2026, 3, 31), TREATED, List.of(revoked)).eligible())
                .isTrue();
        HsaFsaEligibility onTheDay = HsaFsaEligibilityPolicy.judge(LocalDate.of(2026, 4, 1), TREATED, List.of(revoked));
        assertThat(onTheDay.eligible()).isFalse();
        assertThat(onTheDay.statement()).contains("LMN-1", "referral was revoked on 2026-04-01",
                "Withdrawn by the prescriber.");
        assertThat(onTheDay.letter().referralRevokedOn()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(onTheDay.howToGetOne()).isNotNull();
    }

    @Test
    void says_why_the_latest_letter_does_not_cover_the_date() {
        assertThat(HsaFsaEligibilityPolicy.judge(LocalDate.of(2026, 3, 9), TREATED, List.of(LETTER)).statement())
                .contains("was issued on 2026-03-10, after the date of service 2026-03-09");
        assertThat(HsaFsaEligibilityPolicy.judge(LocalDate.of(2027, 3, 10), TREATED, List.of(LETTER)).statement())
                .contains("expired on 2027-03-09, before the date of service 2027-03-10");
    }

    @Test
    void names_the_latest_of_several_valid_letters_and_ignores_a_revoked_one() {
        LetterOfMedicalNecessity later = new LetterOfMedicalNecessity("LMN-2", "REF-2", "M-1001", List.of("M62.830"),
                LocalDate.of(2026, 5, 1), LocalDate.of(2027, 4, 30));
        LetterOfMedicalNecessity latestRevoked = new LetterOfMedicalNecessity("LMN-3", "REF-3", "M-1001",
                List.of("M54.50"), LocalDate.of(2026, 6, 1), LocalDate.of(2027, 5, 31))
                .revokedOn(LocalDate.of(2026, 6, 2), "duplicate");

        HsaFsaEligibility eligibility = HsaFsaEligibilityPolicy.judge(LocalDate.of(2026, 7, 1), TREATED,
                List.of(LETTER, latestRevoked, later));

        assertThat(eligibility.eligible()).isTrue();
        assertThat(eligibility.letter().letterId()).isEqualTo("LMN-2");
    }

    @Test
    void a_letter_for_another_condition_does_not_make_this_visit_eligible_ALT_01() {
        HsaFsaEligibility eligibility = HsaFsaEligibilityPolicy.judge(LocalDate.of(2026, 3, 12), List.of("M79.18"),
                List.of(LETTER));

        assertThat(eligibility.eligible()).isFalse();
        assertThat(eligibility.statement()).contains("names M54.50, not a condition this visit treated (M79.18)");
        assertThat(eligibility.howToGetOne()).isNotBlank();
    }

    @Test
    void a_diagnosis_matches_with_or_without_its_dot() {
        assertThat(HsaFsaEligibilityPolicy.judge(LocalDate.of(2026, 3, 12), List.of("M5450"), List.of(LETTER))
                .eligible()).isTrue();
    }
}
