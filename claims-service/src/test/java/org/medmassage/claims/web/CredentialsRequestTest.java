package org.medmassage.claims.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.medmassage.claims.credentials.CredentialingStatus;
import org.medmassage.claims.web.CredentialsRequest.AddressRequest;
import org.medmassage.claims.web.CredentialsRequest.CredentialingRequest;
import org.medmassage.claims.web.CredentialsRequest.LicenceRequest;
import org.medmassage.codesets.TaxonomyCodeSet;
import org.medmassage.codesets.problem.FieldProblem;

/** Issue 19 item 1: bad credentials are refused with the field and the rule they break, all at once. */
class CredentialsRequestTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    private static final AddressRequest SEATTLE = new AddressRequest("1 Pine St", "Seattle", "WA", "98101");
    private static final LicenceRequest LMT = new LicenceRequest("LMT", "MA60123456", "WA", LocalDate.of(2024, 1, 1),
            LocalDate.of(2027, 1, 1));
    private static final CredentialingRequest CREDENTIALED = new CredentialingRequest(CredentialingStatus.CREDENTIALED,
            LocalDate.of(2025, 1, 1));

    static Stream<Arguments> refused() {
        return Stream.of(
                Arguments.of(new CredentialsRequest(List.of("225700000X", "225799999X"), SEATTLE, List.of(LMT),
                        List.of(CREDENTIALED)), "taxonomyCodes[1]", "NuccTaxonomy"),
                Arguments.of(new CredentialsRequest(List.of("225700000X"), SEATTLE, List.of(LMT,
                        new LicenceRequest("LMT", "MA2", "WA", LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 31))),
                        List.of(CREDENTIALED)), "licences[1].validTo", "LicencePeriod"),
                Arguments.of(new CredentialsRequest(List.of(), SEATTLE, List.of(new LicenceRequest("LMT", "MA3", "XX",
                        LocalDate.of(2024, 1, 1), null)), List.of()), "licences[0].state", "UspsState"),
                Arguments.of(new CredentialsRequest(List.of(), new AddressRequest("1 Pine St", "Seattle", "WS",
                        "98101"), List.of(), List.of()), "practiceAddress.state", "UspsState"),
                Arguments.of(new CredentialsRequest(List.of(), SEATTLE, List.of(), List.of(CREDENTIALED,
                        new CredentialingRequest(CredentialingStatus.TERMINATED, TODAY.plusYears(1).plusDays(1)))),
                        "credentialing[1].effectiveFrom", "CredentialingHorizon"),
                Arguments.of(new CredentialsRequest(List.of(), SEATTLE, List.of(), List.of(CREDENTIALED,
                        new CredentialingRequest(CredentialingStatus.TERMINATED, CREDENTIALED.effectiveFrom()))),
                        "credentialing[1].effectiveFrom", "DistinctEffectiveDates"));
    }

    @ParameterizedTest(name = "{1} breaks {2}")
    @MethodSource("refused")
    void names_the_field_and_the_rule_of_each_bad_credential(CredentialsRequest request, String field, String rule) {
        assertThat(request.problems(TaxonomyCodeSet.standard(), TODAY, Period.ofYears(1)))
                .extracting(FieldProblem::field, FieldProblem::rule)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(field, rule));
    }

    @Test
    void accepts_good_credentials_a_change_dated_on_the_horizon_and_a_body_without_any() {
        var good = new CredentialsRequest(List.of("225700000X", "225100000X"), SEATTLE, List.of(LMT), List.of(
                CREDENTIALED, new CredentialingRequest(CredentialingStatus.TERMINATED, TODAY.plusYears(1))));

        assertThat(good.problems(TaxonomyCodeSet.standard(), TODAY, Period.ofYears(1))).isEmpty();
        assertThat(good.credentials().primaryTaxonomy()).hasValueSatisfying(
                taxonomy -> assertThat(taxonomy.code()).isEqualTo("225700000X"));
        var none = new CredentialsRequest(null, null, null, null);
        assertThat(none.problems(TaxonomyCodeSet.standard(), TODAY, Period.ofYears(1))).isEmpty();
        assertThat(none.credentials().onFile()).isFalse();
    }

    @Test
    void reports_every_problem_at_once() {
        var bad = new CredentialsRequest(List.of("SPA"), new AddressRequest("1 Pine St", "Seattle", "ZZ", "98101"),
                List.of(new LicenceRequest("LMT", "MA4", "WA", LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 1))),
                List.of());

        assertThat(bad.problems(TaxonomyCodeSet.standard(), TODAY, Period.ofYears(1))).extracting(FieldProblem::field)
                .containsExactly("taxonomyCodes[0]", "practiceAddress.state", "licences[0].validTo");
    }
}
