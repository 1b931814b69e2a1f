package org.medmassage.referral.web;

import java.net.URI;
import org.medmassage.referral.application.IssueMedicalNecessityLetter;
import org.medmassage.referral.letter.MedicalNecessityLetter;
import org.medmassage.referral.prescription.ReferralNotActiveException;
import org.medmassage.support.security.Caller;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * ALT-01 letters of medical necessity: POST issues one (201, JSON); GET answers the latest as JSON, or with
 * {@code Accept: text/html} as a printable page for the HSA/FSA administrator.
 */
@RestController
class MedicalNecessityLetterController {

    private static final String PATH = "/referrals/{referralId}/letter-of-medical-necessity";

    private final IssueMedicalNecessityLetter letters;
    private final VisibleReferrals visibleReferrals;

    MedicalNecessityLetterController(IssueMedicalNecessityLetter letters, VisibleReferrals visibleReferrals) {
        this.letters = letters;
        this.visibleReferrals = visibleReferrals;
    }

    @PostMapping(PATH)
    Mono<ResponseEntity<MedicalNecessityLetter>> issue(Caller caller, @PathVariable String referralId) {
        return visibleReferrals.find(caller, referralId).then(Mono.defer(() -> letters.issue(referralId)))
                .map(letter -> ResponseEntity.created(URI.create("/referrals/" + referralId
                        + "/letter-of-medical-necessity")).body(letter))
                .onErrorMap(ReferralNotActiveException.class, e -> ReferralLifecycleController.conflict(e, "ALT-01"));
    }

    @GetMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<MedicalNecessityLetter> latest(Caller caller, @PathVariable String referralId) {
        return visibleReferrals.find(caller, referralId).then(Mono.defer(() -> letters.latest(referralId)));
    }

    @GetMapping(path = PATH, produces = MediaType.TEXT_HTML_VALUE)
    Mono<String> printable(Caller caller, @PathVariable String referralId) {
        return visibleReferrals.find(caller, referralId).then(Mono.defer(() -> letters.latest(referralId))).map(LetterHtml::render);
    }
}
