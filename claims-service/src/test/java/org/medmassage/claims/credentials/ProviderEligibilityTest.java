package org.medmassage.claims.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.medmassage.claims.adjudication.Claim;
import org.medmassage.claims.adjudication.ClaimHeader;
import org.medmassage.claims.adjudication.ClaimLine;
import org.medmassage.claims.adjudication.ClaimStatus;
import org.medmassage.claims.adjudication.UncoveredLine;
import org.medmassage.codesets.RemittanceCodeList;
import org.medmassage.codesets.remittance.CodedRejection;
import org.medmassage.events.NetworkTier;

/** RULEBOOK §1.3, decision 0060: who may be paid on the date of service. */
class ProviderEligibilityTest {

    private static final String NPI = "1234567893";
    private static final LocalDate DOS = LocalDate.of(2026, 3, 10);
    private static final PracticeAddress SEATTLE = new PracticeAddress("1 Pine St", "Seattle", "WA", "98101");
    private static final List<Taxonomy> MASSAGE_THERAPIST = List.of(new Taxonomy("225700000X"));
    private static final CredentialingHistory CREDENTIALED = history(
            new CredentialingEntry(CredentialingStatus.CREDENTIALED, LocalDate.of(2025, 1, 1)));

    private final ProviderEligibility eligibility = new ProviderEligibility(false);

    static Stream<Arguments> cases() {
        return Stream.of(
                row("a WA licence valid on the DOS, credentialed", credentials(licence("WA", null), CREDENTIALED),
                        null),
                row("the licence's last day is the day of service", credentials(licence("WA", DOS), CREDENTIALED),
                        null),
                row("the licence ends the day after the DOS", credentials(licence("WA", DOS.plusDays(1)),
                        CREDENTIALED), null),
                row("the licence ended the day before the DOS (lapsed)", credentials(licence("WA", DOS.minusDays(1)),
                        CREDENTIALED), "N95"),
                row("the licence starts the day after the DOS", credentials(new Licence("LMT", "MA1", "WA",
                        DOS.plusDays(1), null), CREDENTIALED), "N95"),
                row("only another state's licence (OR) is valid", credentials(licence("OR", null), CREDENTIALED),
                        "N95"),
                row("no licence at all", new ProviderCredentials(MASSAGE_THERAPIST, SEATTLE, List.of(), CREDENTIALED),
                        "N95"),
                row("no practice address to tell the state of service", new ProviderCredentials(MASSAGE_THERAPIST,
                        null, List.of(licence("WA", null)), CREDENTIALED), "N95"),
                row("terminated from the day after the DOS: still paid", credentials(licence("WA", null),
                        terminatedFrom(DOS.plusDays(1))), null),
                row("terminated from the DOS", credentials(licence("WA", null), terminatedFrom(DOS)), "N570"),
                row("terminated before the DOS", credentials(licence("WA", null), terminatedFrom(DOS.minusDays(30))),
                        "N570"),
                row("re-credentialed after a termination, before the DOS", credentials(licence("WA", null), history(
                        new CredentialingEntry(CredentialingStatus.CREDENTIALED, LocalDate.of(2025, 1, 1)),
                        new CredentialingEntry(CredentialingStatus.TERMINATED, LocalDate.of(2025, 6, 1)),
                        new CredentialingEntry(CredentialingStatus.CREDENTIALED, DOS.minusDays(1)))), null),
                row("credentialing pending on the DOS", credentials(licence("WA", null), history(
                        new CredentialingEntry(CredentialingStatus.PENDING, LocalDate.of(2026, 2, 1)))), "N570"),
                row("credentialed only from the day after the DOS", credentials(licence("WA", null), history(
                        new CredentialingEntry(CredentialingStatus.CREDENTIALED, DOS.plusDays(1)))), "N570"),
                row("credentials on file without any credentialing", credentials(licence("WA", null),
                        CredentialingHistory.none()), "N570"),
                row("terminated and unlicensed: credentialing is named first", credentials(licence("OR", null),
                        terminatedFrom(DOS)), "N570"),
                row("no credentials on file (registered before issue 19)", ProviderCredentials.none(), null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void pays_only_a_provider_credentialed_and_licensed_in_the_state_of_service_on_the_DOS(String situation,
            ProviderCredentials credentials, String rarc) {
        Optional<CodedRejection> answer = eligibility.judge(NPI, credentials, DOS);

        if (rarc == null) {
            assertThat(answer).isEmpty();
        } else {
            assertThat(answer).hasValueSatisfying(rejection -> {
                assertThat(rejection.code()).isEqualTo("CO-185");
                assertThat(rejection.rarc()).isEqualTo(rarc);
            });
        }
    }

    @Test
    void a_payer_requiring_credentials_denies_a_provider_without_any_CO_185_N570() {
        assertThat(new ProviderEligibility(true).judge(NPI, ProviderCredentials.none(), DOS))
                .hasValueSatisfying(rejection -> assertThat(rejection.code() + " " + rejection.rarc() + " "
                        + rejection.reason()).isEqualTo("CO-185 N570 rendering provider 1234567893 has no credentials"
                        + " on file"));
    }

    @Test
    void words_the_reason_with_the_date_and_the_state() {
        assertThat(eligibility.judge(NPI, credentials(licence("WA", DOS.minusDays(1)), CREDENTIALED), DOS))
                .map(CodedRejection::reason).contains("rendering provider 1234567893 holds no licence valid on"
                        + " 2026-03-10 in WA, the state of service");
        assertThat(eligibility.judge(NPI, credentials(licence("WA", null), terminatedFrom(DOS.minusDays(9))), DOS))
                .map(CodedRejection::reason).contains("rendering provider 1234567893 is not credentialed with the"
                        + " plan on 2026-03-10: credentialing terminated from 2026-03-01");
    }

    @Test
    void denies_every_line_of_the_claim_so_that_it_is_denied_at_intake_whole() {
        Claim claim = Claim.receive(new ClaimHeader(UUID.randomUUID(), "M-1001", "A123", NPI, NetworkTier.IN_NETWORK,
                DOS, "11", List.of("M54.50")), List.of(
                new ClaimLine(1, "97124", List.of("GP"), 2, new BigDecimal("120.00"), new BigDecimal("80.00"),
                        List.of(1)),
                new ClaimLine(2, "97140", List.of("GP", "59"), 1, new BigDecimal("60.00"), new BigDecimal("38.00"),
                        List.of(1))));

        List<UncoveredLine> denied = eligibility.deniedLines(claim, credentials(licence("WA", DOS.minusDays(1)),
                CREDENTIALED));

        assertThat(denied).extracting(UncoveredLine::lineNumber).containsExactly(1, 2);
        Claim decided = claim.denyAtIntake(denied);
        assertThat(decided.status()).isEqualTo(ClaimStatus.DENIED);
        assertThat(decided.remittance().orElseThrow().planPaid()).isEqualByComparingTo("0.00");
        assertThat(eligibility.deniedLines(claim, ProviderCredentials.none())).isEmpty();
    }

    @Test
    void its_codes_are_in_the_remittance_code_list() {
        assertThat(RemittanceCodeList.carc("185")).isPresent();
        assertThat(RemittanceCodeList.rarc("N95")).isPresent();
        assertThat(RemittanceCodeList.rarc("N570")).isPresent();
    }

    private static Arguments row(String situation, ProviderCredentials credentials, String rarc) {
        return Arguments.of(situation, credentials, rarc);
    }

    private static ProviderCredentials credentials(Licence licence, CredentialingHistory credentialing) {
        return new ProviderCredentials(MASSAGE_THERAPIST, SEATTLE, List.of(licence), credentialing);
    }

    private static Licence licence(String state, LocalDate validTo) {
        return new Licence("LMT", "MA60123456", state, LocalDate.of(2024, 1, 1), validTo);
    }

    private static CredentialingHistory terminatedFrom(LocalDate date) {
        return history(new CredentialingEntry(CredentialingStatus.CREDENTIALED, LocalDate.of(2025, 1, 1)),
                new CredentialingEntry(CredentialingStatus.TERMINATED, date));
    }

    private static CredentialingHistory history(CredentialingEntry... entries) {
        return new CredentialingHistory(List.of(entries));
    }
}
