package org.medmassage.authorization.web;

import ca.uhn.fhir.parser.DataFormatException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Claim;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.medmassage.authorization.application.RequestAuthorization;
import org.medmassage.fhir.FhirJson;
import org.medmassage.support.security.Caller;
import org.medmassage.support.security.MemberData;
import org.medmassage.support.web.RequestRejectedException;
import org.medmassage.support.web.ResourceNotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * Da Vinci PAS on FHIR R4 (issue 18 item 3; decision 0079): {@code $submit} translates the request Bundle into the
 * same request as {@code POST /authorizations} (same rules, same events) and answers the PAS response Bundle;
 * {@code $inquire} answers the current decision of the authorization its Claim names. Bad input is an
 * OperationOutcome naming the FHIRPath location, 400 when the body is not a FHIR Bundle, 422 otherwise; never a 500.
 */
@RestController
class PasController {

    private static final MediaType FHIR_JSON = MediaType.parseMediaType(FhirJson.MEDIA_TYPE);

    private final RequestAuthorization requestAuthorization;
    private final VisibleAuthorizations visibleAuthorizations;
    private final Clock clock;

    PasController(RequestAuthorization requestAuthorization, VisibleAuthorizations visibleAuthorizations,
                  Clock clock) {
        this.requestAuthorization = requestAuthorization;
        this.visibleAuthorizations = visibleAuthorizations;
        this.clock = clock;
    }

    @PostMapping(path = "/fhir/Claim/$submit", consumes = {FhirJson.MEDIA_TYPE,
            MediaType.APPLICATION_JSON_VALUE}, produces = {FhirJson.MEDIA_TYPE, MediaType.APPLICATION_JSON_VALUE})
    Mono<ResponseEntity<String>> submit(Caller caller, @RequestBody(required = false) String body) {
        Optional<Bundle> bundle = parse(body);
        if (bundle.isEmpty()) {
            return Mono.just(notABundle());
        }
        PasBundleReader.Read read = PasBundleReader.read(bundle.get());
        if (!read.problems().isEmpty()) {
            return Mono.just(refused(HttpStatus.UNPROCESSABLE_CONTENT, read.problems()));
        }
        AuthorizationRequestBody request = read.body();
        return MemberData.actingFor(caller, request.memberId(), request.providerNpi())
                .then(Mono.fromRunnable(request::rejectWhatCannotBeAuthorized))
                .then(Mono.defer(() -> requestAuthorization.request(request.toRequest(clock.instant()))))
                .map(view -> ok(PasClaimResponses.bundle(AuthorizationResponse.of(view, clock.instant()),
                        read.claim(), clock.instant())))
                .onErrorResume(RequestRejectedException.class, PasController::refused);
    }

    @PostMapping(path = "/fhir/Claim/$inquire", consumes = {FhirJson.MEDIA_TYPE,
            MediaType.APPLICATION_JSON_VALUE}, produces = {FhirJson.MEDIA_TYPE, MediaType.APPLICATION_JSON_VALUE})
    Mono<ResponseEntity<String>> inquire(Caller caller, @RequestBody(required = false) String body) {
        Optional<Claim> claim = parse(body).flatMap(PasBundleReader::claimOf);
        if (claim.isEmpty()) {
            return Mono.just(body == null || parse(body).isEmpty() ? notABundle()
                    : refused(HttpStatus.UNPROCESSABLE_CONTENT,
                            List.of(new PasBundleReader.Problem("Bundle.entry", "an inquiry Bundle holds a Claim"))));
        }
        Optional<String> authorizationId = claim.get().getIdentifier().stream()
                .filter(id -> PasClaimResponses.AUTHORIZATION_ID.equals(id.getSystem()))
                .map(Identifier::getValue).findFirst();
        if (authorizationId.isEmpty()) {
            return Mono.just(refused(HttpStatus.UNPROCESSABLE_CONTENT, List.of(new PasBundleReader.Problem(
                    "Claim.identifier", "the inquiry names the authorization by an identifier of system "
                    + PasClaimResponses.AUTHORIZATION_ID + ", as the $submit response gave it"))));
        }
        return visibleAuthorizations.find(caller, authorizationId.get())
                .map(view -> ok(PasClaimResponses.bundle(AuthorizationResponse.of(view, clock.instant()), claim.get(),
                        clock.instant())))
                .onErrorResume(ResourceNotFoundException.class, missing -> Mono.just(ResponseEntity
                        .status(HttpStatus.NOT_FOUND).contentType(FHIR_JSON)
                        .body(PasClaimResponses.outcome(OperationOutcome.IssueType.NOTFOUND, List.of(
                                new PasBundleReader.Problem("Claim.identifier", "no authorization "
                                        + authorizationId.get() + " for this caller"))))));
    }

    private static Optional<Bundle> parse(String body) {
        if (body == null || body.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(FhirJson.parse(Bundle.class, body));
        } catch (DataFormatException | ClassCastException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static ResponseEntity<String> ok(String bundle) {
        return ResponseEntity.ok().contentType(FHIR_JSON).body(bundle);
    }

    private static ResponseEntity<String> notABundle() {
        return refused(HttpStatus.BAD_REQUEST, List.of(new PasBundleReader.Problem(null,
                "the body is not a FHIR R4 Bundle in JSON")));
    }

    private static Mono<ResponseEntity<String>> refused(RequestRejectedException rejected) {
        return Mono.just(refused(HttpStatus.UNPROCESSABLE_CONTENT, rejected.problems().stream()
                .map(problem -> new PasBundleReader.Problem(problem.field(), problem.rule() + ": " + problem.message()))
                .toList()));
    }

    private static ResponseEntity<String> refused(HttpStatus status, List<PasBundleReader.Problem> problems) {
        OperationOutcome.IssueType type = status == HttpStatus.BAD_REQUEST ? OperationOutcome.IssueType.STRUCTURE
                : OperationOutcome.IssueType.INVALID;
        return ResponseEntity.status(status).contentType(FHIR_JSON).body(PasClaimResponses.outcome(type, problems));
    }
}
