package org.medmassage.referral.application;

import java.time.LocalDate;
import reactor.core.publisher.Mono;

/** The letters issued; the text is rendered again from the referral, so only the dates are kept. */
public interface MedicalNecessityLetters {

    /** What is stored of a letter. */
    record IssuedLetter(String letterId, String referralId, String memberId, LocalDate issuedOn, LocalDate validTo) {
    }

    Mono<Void> add(IssuedLetter letter);

    /** The most recently issued letter of the referral; empty when none was. */
    Mono<IssuedLetter> latestOf(String referralId);
}
