package org.medmassage.claims.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.medmassage.claims.adjudication.Claim;
import org.medmassage.claims.adjudication.ClaimHeader;
import org.medmassage.claims.coding.TimedUnitMethod;
import org.medmassage.claims.pricing.OutOfNetworkFeeSchedule;
import org.medmassage.claims.pricing.Provider;
import org.medmassage.codesets.IcdCodeSet;
import org.medmassage.codesets.money.Money;
import org.medmassage.codesets.problem.FieldProblem;
import org.medmassage.events.NetworkTier;

/** The 837P references intake keeps (RULEBOOK §8.1): CLM01, 2010AA, REF*9F, REF*F8 and the line's DTP*472. */
class IntakeReferencesTest {

    private static final String NPI = "1234567893";
    private static final String GROUP_NPI = "1245319599";
    private static final LocalDate DOS = LocalDate.of(2026, 3, 10);
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 12);
    private static final Provider PROVIDER = new Provider(NPI, "Calm Hands Massage", NetworkTier.IN_NETWORK,
            Map.of("97124", Money.of("40.00"), "97140", Money.of("38.00")));

    private final ClaimIntake intake = new ClaimIntake(TimedUnitMethod.CMS_TOTAL_TIME, IcdCodeSet.standard());

    @Test
    void keeps_the_patient_control_number_billing_provider_and_referral_number_on_the_header() {
        ClaimHeader header = accepted(submission(List.of(line(null)), GROUP_NPI, "PCN-4471", "R-2026-17",
                ClaimFrequency.ORIGINAL, null)).header();

        assertThat(header.patientControlNumber()).isEqualTo("PCN-4471");
        assertThat(header.billingProviderNpi()).isEqualTo(GROUP_NPI);
        assertThat(header.referralNumber()).isEqualTo("R-2026-17");
        assertThat(header.replaces()).isEmpty();
    }

    @Test
    void the_billing_provider_defaults_to_the_rendering_provider() {
        ClaimHeader header = accepted(submission(List.of(line(null)), null, null, null, ClaimFrequency.ORIGINAL, null))
                .header();

        assertThat(header.billingProviderNpi()).isEqualTo(NPI);
        assertThat(header.patientControl()).isEmpty();
        assertThat(header.referralNumber()).isNull();
    }

    @Test
    void refuses_a_billing_provider_npi_that_fails_its_check_digit() {
        List<FieldProblem> problems = rejected(submission(List.of(line(null)), "1245319598", null, null,
                ClaimFrequency.ORIGINAL, null));

        assertThat(problems).containsExactly(new FieldProblem("billingProviderNpi", "NPI",
                "NPI 1245319598 fails its check digit (the 10th digit should be 9)"));
    }

    @Test
    void a_replacement_records_the_claim_it_replaces() {
        UUID original = UUID.randomUUID();

        ClaimHeader header = accepted(submission(List.of(line(null)), null, null, null, ClaimFrequency.REPLACEMENT,
                original.toString())).header();

        assertThat(header.replaces()).contains(original);
    }

    @Test
    void a_line_dated_as_its_claim_is_accepted() {
        Claim claim = accepted(submission(List.of(line(DOS), line(null, "97140")), null, null, null,
                ClaimFrequency.ORIGINAL, null));

        assertThat(claim.lines()).hasSize(2);
        assertThat(claim.dateOfService()).isEqualTo(DOS);
    }

    @Test
    void refuses_a_line_of_another_date_naming_the_line_s_date_of_service() {
        List<FieldProblem> problems = rejected(submission(List.of(line(null), line(DOS.plusDays(1), "97140")), null,
                null, null, ClaimFrequency.ORIGINAL, null));

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.field()).isEqualTo("lines[1].dateOfService");
            assertThat(problem.rule()).isEqualTo("DTP*472");
            assertThat(problem.message()).startsWith("one claim per date of service: bill other dates on their own "
                    + "claim").contains("2026-03-11").contains("RULEBOOK §8.1 DTP*472");
        });
    }

    private Claim accepted(ClaimSubmission submission) {
        IntakeDecision decision = intake.accept(UUID.randomUUID(), submission, Optional.of(PROVIDER),
                OutOfNetworkFeeSchedule.EMPTY, TODAY);
        assertThat(decision).isInstanceOf(IntakeDecision.Accepted.class);
        return ((IntakeDecision.Accepted) decision).claim();
    }

    private List<FieldProblem> rejected(ClaimSubmission submission) {
        IntakeDecision decision = intake.accept(UUID.randomUUID(), submission, Optional.of(PROVIDER),
                OutOfNetworkFeeSchedule.EMPTY, TODAY);
        assertThat(decision).isInstanceOf(IntakeDecision.Rejected.class);
        return ((IntakeDecision.Rejected) decision).problems();
    }

    private static ClaimSubmission submission(List<SubmittedLine> lines, String billingNpi, String patientControl,
            String referral, ClaimFrequency frequency, String originalId) {
        return new ClaimSubmission("M-1001", "A123", NPI, DOS, "11", List.of("M54.50"), lines, billingNpi,
                patientControl, referral, frequency, originalId);
    }

    private static SubmittedLine line(LocalDate date) {
        return line(date, "97124");
    }

    private static SubmittedLine line(LocalDate date, String code) {
        return new SubmittedLine(code, List.of("GP"), 30, null, new BigDecimal("120.00"), List.of(1), date);
    }
}
