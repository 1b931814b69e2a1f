package org.medmassage.referral.web;

import org.hl7.fhir.r4.model.OperationOutcome;
import org.medmassage.fhir.FhirJson;
import org.medmassage.support.security.Caller;
import org.medmassage.support.web.ResourceNotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * {@code GET /fhir/ServiceRequest/{id}}: a referral as FHIR R4 (issue 18 item 5), for whoever may read it as
 * {@code GET /referrals/{id}}; a referral that does not exist or is not the caller's is a 404 OperationOutcome, as
 * FHIR clients expect, never a hint that it exists.
 */
@RestController
class ServiceRequestController {

    private static final MediaType FHIR_JSON = MediaType.parseMediaType(FhirJson.MEDIA_TYPE);

    private final VisibleReferrals visibleReferrals;

    ServiceRequestController(VisibleReferrals visibleReferrals) {
        this.visibleReferrals = visibleReferrals;
    }

    @GetMapping(path = "/fhir/ServiceRequest/{referralId}", produces = {FhirJson.MEDIA_TYPE,
            MediaType.APPLICATION_JSON_VALUE})
    Mono<ResponseEntity<String>> read(Caller caller, @PathVariable String referralId) {
        return visibleReferrals.find(caller, referralId)
                .map(referral -> ResponseEntity.ok().contentType(FHIR_JSON).body(FhirServiceRequest.json(referral)))
                .onErrorResume(ResourceNotFoundException.class, missing -> Mono.just(
                        ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(FHIR_JSON)
                                .body(FhirJson.encode(FhirJson.outcome(OperationOutcome.IssueType.NOTFOUND, null,
                                        "ServiceRequest/" + referralId + " is not known")))));
    }
}
