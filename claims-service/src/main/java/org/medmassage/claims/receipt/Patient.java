package org.medmassage.claims.receipt;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The member as a receipt names them (ALT-02): benefits-service's name and date of birth from MemberRegistered
 * (decision 0069). A member whose MemberRegistered has not arrived is {@link #notOnFile}: the receipt still prints.
 */
public record Patient(String memberId, String firstName, String lastName, LocalDate dateOfBirth) {

    public static final String NAME_NOT_ON_FILE = "name not on file";

    public Patient {
        Objects.requireNonNull(memberId, "memberId");
    }

    public static Patient notOnFile(String memberId) {
        return new Patient(memberId, null, null, null);
    }

    public boolean nameOnFile() {
        return firstName != null && lastName != null;
    }

    /** "First Last", or {@value #NAME_NOT_ON_FILE}. */
    public String name() {
        return nameOnFile() ? firstName + " " + lastName : NAME_NOT_ON_FILE;
    }
}
