package org.medmassage.claims.receipt;

import java.time.LocalDate;

/**
 * Whether a session's receipt substantiates an HSA/FSA claim (RULEBOOK §7.1): eligible with the letter of medical
 * necessity valid on the date of service, named with its dates; otherwise why not and how to get a letter.
 */
public record HsaFsaEligibility(boolean eligible, LetterNamed letter, String statement, String howToGetOne) {

    /** The letter a receipt names: the one that makes it eligible, or the latest one that did not. */
    public record LetterNamed(String letterId, String referralId, LocalDate issuedOn, LocalDate validTo,
            LocalDate referralRevokedOn, String revocationReason) {

        static LetterNamed of(LetterOfMedicalNecessity letter) {
            return new LetterNamed(letter.letterId(), letter.referralId(), letter.issuedOn(), letter.validTo(),
                    letter.referralRevokedOn(), letter.revocationReason());
        }
    }
}
