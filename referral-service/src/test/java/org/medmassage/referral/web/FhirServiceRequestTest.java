package org.medmassage.referral.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.medmassage.referral.prescription.Prescriber;
import org.medmassage.referral.prescription.Referral;
import org.medmassage.referral.prescription.ReferralId;
import org.medmassage.referral.prescription.ReferralStatus;
import org.medmassage.referral.prescription.ValidityWindow;

/** The referral's FHIR request-status and the story's figures (issue 18 item 5). */
class FhirServiceRequestTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"ACTIVE, ACTIVE", "REVOKED, REVOKED", "EXPIRED, COMPLETED"})
    void maps_the_referral_status_to_the_fhir_request_status(ReferralStatus status,
            ServiceRequest.ServiceRequestStatus expected) {
        ServiceRequest request = FhirServiceRequest.of(story(status));

        assertThat(request.getStatus()).isEqualTo(expected);
        assertThat(request.getCode().getText()).isEqualTo("Medical massage, 12 sessions over 6 weeks");
        assertThat(request.getQuantityQuantity().getUnit()).isEqualTo("sessions");
        assertThat(request.getRequester().getDisplay()).isEqualTo("Dr. Ada Lovelace");
    }

    private static Referral story(ReferralStatus status) {
        return new Referral(new ReferralId("R-1"), "M-1001", new Prescriber("1234567893", "Dr. Ada Lovelace", "MD"),
                List.of("M54.50"), List.of("97124"), 12, 6, LocalDate.of(2026, 3, 2),
                new ValidityWindow(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 4, 12)), status, 0,
                status == ReferralStatus.REVOKED ? "withdrawn" : null);
    }
}
