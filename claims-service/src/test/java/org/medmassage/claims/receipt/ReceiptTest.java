package org.medmassage.claims.receipt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.medmassage.claims.adjudication.Claim;
import org.medmassage.claims.credentials.CredentialingHistory;
import org.medmassage.claims.credentials.Licence;
import org.medmassage.claims.credentials.PracticeAddress;
import org.medmassage.claims.credentials.ProviderCredentials;
import org.medmassage.claims.credentials.Taxonomy;
import org.medmassage.claims.credentials.TaxId;
import org.medmassage.claims.explanation.WorkedExamples;
import org.medmassage.claims.pricing.Provider;
import org.medmassage.claims.receipt.PaidVisit.PaidBy;
import org.medmassage.claims.receipt.PaidVisit.PaidService;
import org.medmassage.events.NetworkTier;

/** ALT-02: every field of the itemized receipt, from RULEBOOK §5.3 Example 1 (plan $41.60, patient $60.40). */
class ReceiptTest {

    private static final PracticeAddress ADDRESS = new PracticeAddress("12 Elm Street", "Springfield", "IL", "62701");
    private static final Licence EXPIRED_LICENCE = new Licence("LMT", "227.000111", "IL", LocalDate.of(2020, 1, 1),
            LocalDate.of(2025, 12, 31));
    private static final Licence OTHER_STATE = new Licence("LMT", "MA-77", "MA", LocalDate.of(2020, 1, 1), null);
    private static final Licence CURRENT_LICENCE = new Licence("LMT", "227.004242", "IL", LocalDate.of(2026, 1, 1),
            LocalDate.of(2027, 12, 31));
    private static final Provider PROVIDER = new Provider(WorkedExamples.NPI, "Calm Hands Massage",
            NetworkTier.IN_NETWORK, Map.of("97124", new BigDecimal("35.00")), new ProviderCredentials(
                    List.of(new Taxonomy("225700000X")), ADDRESS, List.of(EXPIRED_LICENCE, OTHER_STATE,
                    CURRENT_LICENCE), CredentialingHistory.none()),
            new TaxId("123456789"), Map.of());
    private static final Patient PATIENT = new Patient("M-1001", "Jane", "Doe", LocalDate.of(1980, 5, 17));
    private static final Function<String, Optional<String>> TITLES = code -> code.equals("M54.50")
            ? Optional.of("Low back pain, unspecified") : Optional.empty();
    private static final LetterOfMedicalNecessity LETTER = new LetterOfMedicalNecessity("LMN-1", "REF-1", "M-1001",
            List.of("M54.50"), LocalDate.of(2026, 3, 2), LocalDate.of(2027, 3, 1));

    @Test
    void a_paid_claim_gives_every_alt_02_field_to_the_cent() {
        Claim claim = WorkedExamples.example1();

        Receipt receipt = receipt(claim, PATIENT, PROVIDER, List.of(LETTER));

        assertThat(receipt.claimId()).isEqualTo(claim.id().toString());
        assertThat(receipt.dateOfService()).isEqualTo(LocalDate.of(2026, 3, 10));
        assertThat(receipt.paidBy()).isEqualTo(PaidBy.HEALTH_PLAN);
        assertThat(receipt.services()).containsExactly(
                new Receipt.Service(1, "97124", List.of("GP"), "Therapeutic massage", 2, money("120.00"),
                        money("16.00"), money("54.00")),
                new Receipt.Service(2, "97140", List.of("GP", "59"), "Manual therapy", 1, money("60.00"),
                        money("25.60"), money("6.40")));
        assertThat(receipt.diagnoses()).containsExactly(new Receipt.Diagnosis("M54.50", "Low back pain, unspecified"));
        assertThat(receipt.amounts()).isEqualTo(new Receipt.Amounts(money("180.00"), money("41.60"), money("78.00"),
                money("60.40")));
        assertThat(receipt.provider()).isEqualTo(new ReceiptProvider("Calm Hands Massage", WorkedExamples.NPI,
                "12-3456789", ADDRESS, CURRENT_LICENCE));
        assertThat(receipt.patient()).isEqualTo(new Receipt.PatientNamed("M-1001", "Jane Doe",
                LocalDate.of(1980, 5, 17)));
        assertThat(receipt.hsaFsa().eligible()).isTrue();
        assertThat(receipt.hsaFsa().eligibleAmount()).isEqualTo(money("60.40"));
        assertThat(receipt.hsaFsa().letter().letterId()).isEqualTo("LMN-1");
        assertThat(receipt.hsaFsa().howToGetOne()).isNull();
        assertThat(receipt.notOnFile()).isEmpty();
    }

    @Test
    void without_a_letter_the_receipt_is_not_eligible_and_says_how_to_get_one() {
        Receipt receipt = receipt(WorkedExamples.example1(), PATIENT, PROVIDER, List.of());

        assertThat(receipt.hsaFsa().eligible()).isFalse();
        assertThat(receipt.hsaFsa().eligibleAmount()).isEqualTo(money("0.00"));
        assertThat(receipt.hsaFsa().statement()).startsWith("Not HSA/FSA-eligible");
        assertThat(receipt.hsaFsa().howToGetOne()).contains("letter of medical necessity");
        // the figures stay: the member may still file it with a letter obtained later
        assertThat(receipt.amounts().patientOwes()).isEqualTo(money("60.40"));
    }

    @Test
    void a_member_and_a_provider_not_on_file_print_as_such_rather_than_fail() {
        Receipt receipt = receipt(WorkedExamples.example1(), null, null, List.of(LETTER));

        assertThat(receipt.patient()).isEqualTo(new Receipt.PatientNamed("M-1001", "name not on file", null));
        assertThat(receipt.provider()).isEqualTo(new ReceiptProvider(null, WorkedExamples.NPI, null, null, null));
        assertThat(receipt.notOnFile()).containsExactly("patient.name", "patient.dateOfBirth", "provider.name",
                "provider.practiceAddress", "provider.taxId", "provider.licence");
        assertThat(receipt.diagnoses()).extracting(Receipt.Diagnosis::code).containsExactly("M54.50");
    }

    @Test
    void a_diagnosis_without_a_title_on_file_says_where_to_find_it() {
        Receipt receipt = Receipt.of(PaidVisit.of(WorkedExamples.example1()), PATIENT, PROVIDER,
                code -> Optional.empty(),
                HsaFsaEligibilityPolicy.judge(WorkedExamples.DOS, List.of("M54.50"), List.of()));

        assertThat(receipt.diagnoses()).containsExactly(new Receipt.Diagnosis("M54.50",
                "(title not on file: see ICD-10-CM)"));
    }

    @Test
    void a_partially_paid_claim_itemizes_the_line_the_member_owes_for_too() {
        Receipt receipt = receipt(WorkedExamples.manualTherapyNotCovered(), PATIENT, PROVIDER, List.of(LETTER));

        // 97124 as Example 2 (copay $30.00, plan $40.00); 97140 not covered PR-204: the member owes its $60.00
        assertThat(receipt.services()).extracting(Receipt.Service::patientOwes)
                .containsExactly(money("30.00"), money("60.00"));
        assertThat(receipt.amounts()).isEqualTo(new Receipt.Amounts(money("180.00"), money("40.00"), money("50.00"),
                money("90.00")));
        assertThat(receipt.hsaFsa().eligibleAmount()).isEqualTo(money("90.00"));
    }

    @Test
    void a_self_paid_session_is_itemized_with_nothing_paid_by_a_plan() {
        PaidVisit selfPaid = new PaidVisit("SP-1", "M-1001", WorkedExamples.NPI, WorkedExamples.DOS,
                List.of("M54.50"), PaidBy.SELF_PAY, List.of(new PaidService(1, "97124", List.of(), 2, money("90.00"),
                money("0.00"), money("90.00"))));

        Receipt receipt = Receipt.of(selfPaid, PATIENT, PROVIDER, TITLES,
                HsaFsaEligibilityPolicy.judge(selfPaid.dateOfService(), List.of("M54.50"), List.of(LETTER)));

        assertThat(receipt.paidBy()).isEqualTo(PaidBy.SELF_PAY);
        assertThat(receipt.amounts()).isEqualTo(new Receipt.Amounts(money("90.00"), money("0.00"), money("0.00"),
                money("90.00")));
        assertThat(receipt.hsaFsa().eligibleAmount()).isEqualTo(money("90.00"));
        assertThatThrownBy(() -> new PaidVisit("SP-2", "M-1001", WorkedExamples.NPI, WorkedExamples.DOS, List.of(),
                PaidBy.SELF_PAY, List.of(new PaidService(1, "97124", List.of(), 2, money("90.00"), money("10.00"),
                money("80.00"))))).isInstanceOf(IllegalArgumentException.class);
    }

    // decision 0073: a self-pay claim, PAID at intake at the cash rate, is the self-paid session of the receipt
    @Test
    void a_self_pay_claim_gives_a_self_paid_receipt_owing_the_cash_price() {
        Receipt receipt = receipt(WorkedExamples.selfPaid(), PATIENT, PROVIDER, List.of(LETTER));

        assertThat(receipt.paidBy()).isEqualTo(PaidBy.SELF_PAY);
        assertThat(receipt.services()).extracting(Receipt.Service::patientOwes)
                .containsExactly(money("60.00"), money("28.50"));
        assertThat(receipt.amounts()).isEqualTo(new Receipt.Amounts(money("180.00"), money("0.00"), money("91.50"),
                money("88.50")));
        assertThat(receipt.hsaFsa().eligibleAmount()).isEqualTo(money("88.50"));
    }

    @Test
    void a_claim_that_was_not_paid_has_no_receipt_and_says_its_status() {
        Claim received = WorkedExamples.inNetwork();
        List<Claim> notPaid = List.of(WorkedExamples.example6a(),
                WorkedExamples.example1Voided(Instant.parse("2026-03-13T09:00:00Z")), received,
                received.startProcessing(), received.startProcessing().pend("unbalanced",
                        Instant.parse("2026-03-11T09:00:00Z")));

        assertThat(notPaid).extracting(claim -> {
            try {
                PaidVisit.of(claim);
                return "receipt";
            } catch (ReceiptNotAvailable refused) {
                return refused.status();
            }
        }).containsExactly("DENIED", "VOIDED", "RECEIVED", "IN_PROCESS", "PENDED");
        assertThatThrownBy(() -> PaidVisit.of(WorkedExamples.example6a())).hasMessageContaining("is DENIED");
    }

    private static Receipt receipt(Claim claim, Patient patient, Provider provider,
            List<LetterOfMedicalNecessity> letters) {
        return Receipt.of(PaidVisit.of(claim), patient, provider, TITLES,
                HsaFsaEligibilityPolicy.judge(claim.dateOfService(), List.of("M54.50"), letters));
    }

    private static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }
}
