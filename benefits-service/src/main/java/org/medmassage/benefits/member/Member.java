package org.medmassage.benefits.member;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The member as the payer knows them (issue 15, decision 0069): the name and date of birth a receipt, a Good Faith
 * Estimate and a letter of medical necessity name (RULEBOOK §7.1, §7.4; PA-01 asks for the date of birth too).
 */
public record Member(String memberId, String firstName, String lastName, LocalDate dateOfBirth) {

    public Member {
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(firstName, "firstName");
        Objects.requireNonNull(lastName, "lastName");
        Objects.requireNonNull(dateOfBirth, "dateOfBirth");
        firstName = firstName.strip();
        lastName = lastName.strip();
    }
}
