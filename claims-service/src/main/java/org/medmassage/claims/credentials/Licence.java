package org.medmassage.claims.credentials;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A state licence to practise (LMT, PT, DC, MD…): valid from its first day to its last ({@code validTo}, inclusive;
 * null while open-ended), and only in the state that issued it.
 */
public record Licence(String type, String number, String state, LocalDate validFrom, LocalDate validTo) {

    public Licence {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(validFrom, "validFrom");
        if (validTo != null && validTo.isBefore(validFrom)) {
            throw new IllegalArgumentException("licence " + number + " ends " + validTo + " before it starts "
                    + validFrom);
        }
    }

    public boolean validOn(LocalDate date, String stateOfService) {
        return state.equals(stateOfService) && !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
    }

    @Override
    public String toString() {
        return type + " " + number + " " + state + " " + validFrom + "…" + (validTo == null ? "" : validTo);
    }
}
