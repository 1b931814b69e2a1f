package org.medmassage.benefits.accumulator;

import java.util.List;

/**
 * Decides what happens to a counted visit when its claim is reversed. The visit is the date's, not the claim's: while
 * another claim of that date stands, the date stays one counted visit, now that claim's; only the last claim leaving
 * gives it back.
 */
public final class VisitPassOn {

    private VisitPassOn() {
    }

    /**
     * {@code standing}: the claims applied in the visit's benefit group and still standing, in the order they were
     * applied (each as its claim and date of service); the first other claim of the reversed visit's date takes it.
     */
    public static VisitRelease release(VisitPosting reversed, List<VisitPosting> standing) {
        // CS-06: 1 visit per DOS, member and benefit group, whatever the claims; CS-07 reverses only the claim's own.
        return standing.stream()
                .filter(claim -> claim.dateOfService().equals(reversed.dateOfService()))
                .filter(claim -> !claim.claimId().equals(reversed.claimId()))
                .findFirst()
                .<VisitRelease>map(VisitRelease.PassedOn::new)
                .orElseGet(() -> new VisitRelease.GivenBack(reversed.dateOfService()));
    }
}
