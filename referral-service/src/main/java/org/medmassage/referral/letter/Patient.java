package org.medmassage.referral.letter;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The patient a letter names (ALT-01): benefits-service's name and date of birth (MemberRegistered, decision 0069).
 * A member whose MemberRegistered has not arrived is {@link #notOnFile}: the letter says so rather than failing.
 */
public record Patient(String memberId, String name, LocalDate dateOfBirth) {

    public static final String NAME_NOT_ON_FILE = "name not on file";

    public Patient {
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(name, "name");
    }

    public static Patient named(String memberId, String firstName, String lastName, LocalDate dateOfBirth) {
        if (firstName == null || lastName == null) {
            return new Patient(memberId, NAME_NOT_ON_FILE, dateOfBirth);
        }
        return new Patient(memberId, firstName + " " + lastName, dateOfBirth);
    }

    public static Patient notOnFile(String memberId) {
        return new Patient(memberId, NAME_NOT_ON_FILE, null);
    }
}
