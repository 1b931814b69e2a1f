package org.medmassage.authorization.usage;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.medmassage.authorization.decision.ApprovedAuthorization;

/**
 * An approved authorization with the visits used on it. A visit is a date of service, not a claim or a line (PA-04):
 * a second claim for a date already used rides on that visit and uses nothing more.
 */
public final class AuthorizedVisits {

    private final ApprovedAuthorization authorization;
    private final Map<LocalDate, ConsumedVisit> consumed;

    public AuthorizedVisits(ApprovedAuthorization authorization, Collection<ConsumedVisit> consumed) {
        this.authorization = Objects.requireNonNull(authorization, "authorization");
        this.consumed = new TreeMap<>();
        consumed.forEach(visit -> this.consumed.put(visit.dateOfService(), visit));
    }

    public static AuthorizedVisits unused(ApprovedAuthorization authorization) {
        return new AuthorizedVisits(authorization, List.of());
    }

    public ApprovedAuthorization authorization() {
        return authorization;
    }

    public int visitsUsed() {
        return consumed.size();
    }

    public int visitsRemaining() {
        return authorization.approvedVisits() - consumed.size();
    }

    public boolean isExhausted() {
        return visitsRemaining() <= 0;
    }

    public Optional<ConsumedVisit> consumedOn(LocalDate dateOfService) {
        return Optional.ofNullable(consumed.get(dateOfService));
    }

    public Optional<ConsumedVisit> consumedBy(String claimId) {
        return consumed.values().stream().filter(visit -> visit.claimId().equals(claimId)).findFirst();
    }

    /** Uses the visit of the billed date unless that date is already used; the caller has matched the visit first. */
    public AuthorizedVisits consume(BilledVisit visit) {
        if (consumed.containsKey(visit.dateOfService())) {
            return this;
        }
        if (isExhausted()) {
            throw new IllegalStateException("authorization " + authorization.number() + " has no visit left");
        }
        Map<LocalDate, ConsumedVisit> after = new TreeMap<>(consumed);
        after.put(visit.dateOfService(), new ConsumedVisit(visit.dateOfService(), visit.claimId()));
        return new AuthorizedVisits(authorization, after.values());
    }

    /** Gives back the visit this claim used (PA-04: restore on denial or void); unchanged if it used none. */
    public AuthorizedVisits release(String claimId) {
        Optional<ConsumedVisit> visit = consumedBy(claimId);
        if (visit.isEmpty()) {
            return this;
        }
        Map<LocalDate, ConsumedVisit> after = new TreeMap<>(consumed);
        after.remove(visit.get().dateOfService());
        return new AuthorizedVisits(authorization, after.values());
    }
}
