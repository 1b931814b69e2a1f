package org.medmassage.benefits.accumulator;

import java.time.LocalDate;

/**
 * What reversing the claim that counted a visit does to that visit (CS-06, CS-07): it is given back, or it passes on
 * to another claim still standing on that date and keeps counting once. authorization-service's PA-04 twin has the
 * same two outcomes.
 */
public sealed interface VisitRelease {

    LocalDate dateOfService();

    /** Visits the reversal gives back to the member's plan-year count: 1 or 0. */
    int visitsGivenBack();

    /** No other claim stands on the date: the visit counts no more. */
    record GivenBack(LocalDate dateOfService) implements VisitRelease {

        @Override
        public int visitsGivenBack() {
            return 1;
        }
    }

    /** Another claim of the date stands: the visit stays counted, now as that claim's ({@code counted}). */
    record PassedOn(VisitPosting counted) implements VisitRelease {

        @Override
        public LocalDate dateOfService() {
            return counted.dateOfService();
        }

        @Override
        public int visitsGivenBack() {
            return 0;
        }
    }
}
