package org.medmassage.authorization.usage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One visit used on an authorization: its date of service and every claim that stands on it, oldest first. The first
 * holds the visit; the others share it. Each is kept so the visit can pass to a claim that stays when its holder is
 * denied or voided, instead of going back while that claim still stands.
 */
public record ConsumedVisit(LocalDate dateOfService, List<String> claimIds) {

    public ConsumedVisit {
        Objects.requireNonNull(dateOfService, "dateOfService");
        claimIds = List.copyOf(claimIds);
        if (claimIds.isEmpty()) {
            throw new IllegalArgumentException("a used visit on " + dateOfService + " is held by a claim");
        }
        if (claimIds.stream().distinct().count() != claimIds.size()) {
            throw new IllegalArgumentException("a claim stands once on the visit of " + dateOfService + ": " + claimIds);
        }
    }

    public ConsumedVisit(LocalDate dateOfService, String holder) {
        this(dateOfService, List.of(holder));
    }

    /** The claim the visit counts for. */
    public String holder() {
        return claimIds.get(0);
    }

    public boolean isStoodOnBy(String claimId) {
        return claimIds.contains(claimId);
    }

    /** Another claim billed for this date rides on the visit; a claim already on it is not added twice. */
    public ConsumedVisit sharedWith(String claimId) {
        if (isStoodOnBy(claimId)) {
            return this;
        }
        List<String> after = new ArrayList<>(claimIds);
        after.add(claimId);
        return new ConsumedVisit(dateOfService, after);
    }

    /** The visit without this claim; empty when no claim stands on it any more. */
    public Optional<ConsumedVisit> without(String claimId) {
        List<String> after = claimIds.stream().filter(claim -> !claim.equals(claimId)).toList();
        return after.isEmpty() ? Optional.empty() : Optional.of(new ConsumedVisit(dateOfService, after));
    }
}
