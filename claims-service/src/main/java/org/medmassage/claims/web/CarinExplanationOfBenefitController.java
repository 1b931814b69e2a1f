package org.medmassage.claims.web;

import org.hl7.fhir.r4.model.OperationOutcome;
import org.medmassage.claims.application.ClaimNotDecided;
import org.medmassage.claims.application.ExplainBenefits;
import org.medmassage.claims.application.MemberExplanations;
import org.medmassage.fhir.FhirJson;
import org.medmassage.support.security.Caller;
import org.medmassage.support.security.MemberData;
import org.medmassage.support.web.ResourceNotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * CARIN Blue Button (issue 18 item 4): {@code GET /fhir/ExplanationOfBenefit/{claimId}} read like the JSON EOB (its
 * member, its provider, the payer's staff), and {@code GET /fhir/ExplanationOfBenefit?patient=} a member's decided
 * claims for the member's own app (or the admin). A claim not there, not decided or not the caller's is a 404
 * OperationOutcome.
 */
@RestController
class CarinExplanationOfBenefitController {

    private static final MediaType FHIR_JSON = MediaType.parseMediaType(FhirJson.MEDIA_TYPE);
    private static final String PRODUCES = FhirJson.MEDIA_TYPE;

    private final VisibleClaims visibleClaims;
    private final ExplainBenefits explainBenefits;
    private final MemberExplanations memberExplanations;

    CarinExplanationOfBenefitController(VisibleClaims visibleClaims, ExplainBenefits explainBenefits,
            MemberExplanations memberExplanations) {
        this.visibleClaims = visibleClaims;
        this.explainBenefits = explainBenefits;
        this.memberExplanations = memberExplanations;
    }

    @GetMapping(path = "/fhir/ExplanationOfBenefit/{claimId}", produces = {PRODUCES, MediaType.APPLICATION_JSON_VALUE})
    Mono<ResponseEntity<String>> read(Caller caller, @PathVariable String claimId) {
        return visibleClaims.find(caller, claimId)
                .flatMap(claim -> explainBenefits.explain(claim)
                        .map(eob -> fhir(HttpStatus.OK, CarinExplanationOfBenefit.json(claim, eob))))
                .onErrorResume(ResourceNotFoundException.class, missing -> notFound("ExplanationOfBenefit/" + claimId
                        + " is not known"))
                .onErrorResume(ClaimNotDecided.class, undecided -> notFound("ExplanationOfBenefit/" + claimId
                        + " does not exist yet: the claim is still being decided"));
    }

    @GetMapping(path = "/fhir/ExplanationOfBenefit", produces = {PRODUCES, MediaType.APPLICATION_JSON_VALUE})
    Mono<ResponseEntity<String>> search(Caller caller, @RequestParam(required = false) String patient) {
        if (patient == null || patient.isBlank()) {
            return Mono.just(fhir(HttpStatus.BAD_REQUEST, CarinExplanationOfBenefit.outcome(
                    OperationOutcome.IssueType.REQUIRED, "search by patient: ?patient=<member id>")));
        }
        return MemberData.reveal(caller, "explanations of benefit", patient, patient, patient)
                .flatMap(member -> memberExplanations.of(member)
                        .map(found -> CarinExplanationOfBenefit.of(found.claim(), found.explanation())).collectList())
                .map(found -> fhir(HttpStatus.OK, CarinExplanationOfBenefit.searchSet(found)))
                .onErrorResume(ResourceNotFoundException.class, missing -> notFound("no explanations of benefit for"
                        + " this caller"));
    }

    private static Mono<ResponseEntity<String>> notFound(String diagnostics) {
        return Mono.just(fhir(HttpStatus.NOT_FOUND, CarinExplanationOfBenefit.outcome(
                OperationOutcome.IssueType.NOTFOUND, diagnostics)));
    }

    private static ResponseEntity<String> fhir(HttpStatus status, String body) {
        return ResponseEntity.status(status).contentType(FHIR_JSON).body(body);
    }
}
