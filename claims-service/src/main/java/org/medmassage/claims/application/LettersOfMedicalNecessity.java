package org.medmassage.claims.application;

import java.time.LocalDate;
import org.medmassage.claims.receipt.LetterOfMedicalNecessity;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The letters of medical necessity referral-service issued, and the referrals it revoked (ALT-01). */
public interface LettersOfMedicalNecessity {

    Mono<Void> add(LetterOfMedicalNecessity letter);

    /** Kept apart from the letters: a referral may be revoked with no letter on file yet, or before one arrives. */
    Mono<Void> referralRevoked(String referralId, String memberId, LocalDate revokedOn, String reason);

    /** The member's letters, each with its referral's revocation when there was one. */
    Flux<LetterOfMedicalNecessity> ofMember(String memberId);
}
