package org.medmassage.claims.application;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.medmassage.claims.receipt.LetterOfMedicalNecessity;
import org.medmassage.events.referral.MedicalNecessityLetterIssued;
import org.medmassage.events.referral.ReferralRevoked;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Keeps the letters of medical necessity (MedicalNecessityLetterIssued) and the revoked referrals (ReferralRevoked)
 * that decide whether a receipt is HSA/FSA-eligible (ALT-01); claims-service never asks referral-service.
 */
@Service
public class RememberLetters {

    private final LettersOfMedicalNecessity letters;

    public RememberLetters(LettersOfMedicalNecessity letters) {
        this.letters = letters;
    }

    public Mono<Void> onLetterIssued(MedicalNecessityLetterIssued event) {
        return letters.add(new LetterOfMedicalNecessity(event.letterId(), event.referralId(), event.memberId(),
                event.diagnosisCodes(), event.issuedOn(), event.validTo()));
    }

    /** ReferralRevoked carries no date: the day it occurred (UTC, as every stored time) is the day of revocation. */
    public Mono<Void> onReferralRevoked(ReferralRevoked event, Instant occurredAt) {
        return letters.referralRevoked(event.referralId(), event.memberId(),
                LocalDate.ofInstant(occurredAt, ZoneOffset.UTC), event.reason());
    }
}
