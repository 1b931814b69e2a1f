package org.medmassage.authorization.web;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Claim;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Quantity;
import org.junit.jupiter.api.Test;
import org.medmassage.authorization.decision.Priority;

/** The IG's referral authorization example as it is, read into POST /authorizations' fields (decision 0079). */
class PasBundleReaderTest {

    private static final FhirContext R4 = FhirContext.forR4Cached();

    @Test
    void names_the_item_whose_service_is_not_a_cpt_code() {
        PasBundleReader.Read read = PasBundleReader.read(example());

        // the IG requests an X12 1365 service type ("3", consultation), not a CPT code
        assertThat(read.problems()).extracting(PasBundleReader.Problem::location)
                .containsExactly("Claim.item[0].productOrService", "Claim.item.quantity", "Claim.item.serviced[x]");
    }

    @Test
    void reads_the_member_the_npi_the_referral_and_an_urgent_level_of_service() {
        Bundle bundle = example();
        Claim.ItemComponent item = claim(bundle).getItemFirstRep();
        item.setProductOrService(new CodeableConcept(new Coding("http://www.ama-assn.org/go/cpt", "97124", null)));
        item.setQuantity(new Quantity().setValue(BigDecimal.valueOf(12)));
        item.setServiced(new org.hl7.fhir.r4.model.DateType("2026-03-02"));

        PasBundleReader.Read read = PasBundleReader.read(bundle);

        assertThat(read.problems()).isEmpty();
        AuthorizationRequestBody body = read.body();
        assertThat(body.memberId()).isEqualTo("1122334455");
        assertThat(body.providerNpi()).isEqualTo("8189991234");
        assertThat(body.referralId()).isEqualTo("ReferralRequestExample");
        assertThat(body.procedureCodes()).containsExactly("97124");
        assertThat(body.requestedVisits()).isEqualTo(12);
        assertThat(body.startDate()).hasToString("2026-03-02");
        assertThat(body.priority()).isEqualTo(Priority.EXPEDITED);
    }

    private static Claim claim(Bundle bundle) {
        return PasBundleReader.claimOf(bundle).orElseThrow();
    }

    private static Bundle example() {
        try (InputStream in = Objects.requireNonNull(PasBundleReaderTest.class.getResourceAsStream(
                "/pas/Bundle-ReferralAuthorizationBundleExample.json"))) {
            return R4.newJsonParser().parseResource(Bundle.class, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
