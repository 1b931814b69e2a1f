package org.medmassage.benefits.costshare;

import java.util.Objects;

/** A coded refusal as an 835 would carry it: group (CO/PR), CARC, optional RARC, and a reason a person can read. */
public record Rejection(String group, String carc, String rarc, String reason) {

    public Rejection {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(carc, "carc");
        Objects.requireNonNull(reason, "reason");
    }
}
