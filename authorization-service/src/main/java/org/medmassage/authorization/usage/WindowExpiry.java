package org.medmassage.authorization.usage;

import java.time.LocalDate;

/**
 * Item 4 of issue 14 (decision 0062): an approved authorization's window ends after its last day on the payer's
 * calendar. It is announced (AuthExpired) only when visits were left: a window whose visits were all used ended with
 * AuthExhausted, and "0 visits unused" tells the member nothing.
 */
public final class WindowExpiry {

    public enum Outcome {
        /** The window still runs today. */
        OPEN,
        /** Ended with visits unused: AuthExpired. */
        ENDED_WITH_VISITS_LEFT,
        /** Ended with every visit used: marked, not announced. */
        ENDED_USED_UP
    }

    private WindowExpiry() {
    }

    public static Outcome on(AuthorizedVisits authorization, LocalDate today) {
        if (!authorization.authorization().window().to().isBefore(today)) {
            return Outcome.OPEN;
        }
        return authorization.isExhausted() ? Outcome.ENDED_USED_UP : Outcome.ENDED_WITH_VISITS_LEFT;
    }
}
