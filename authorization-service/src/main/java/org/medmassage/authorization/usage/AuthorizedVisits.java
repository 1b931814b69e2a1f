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
 * a second claim for a date already used rides on that visit and uses nothing more, and the visit stays used while
 * any claim of that date stands.
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
        return consumed.values().stream().filter(visit -> visit.isStoodOnBy(claimId)).findFirst();
    }

    /** Uses the visit of the billed date, or shares it when the date is already used; the caller has matched it first. */
    public AuthorizedVisits consume(BilledVisit visit) {
        ConsumedVisit used = consumed.get(visit.dateOfService());
        if (used != null) {
            return with(used.sharedWith(visit.claimId()));
        }
        if (isExhausted()) {
            throw new IllegalStateException("authorization " + authorization.number() + " has no visit left");
        }
        return with(new ConsumedVisit(visit.dateOfService(), visit.claimId()));
    }

    /** Takes the claim off its date's visit (PA-04: restore on denial or void), which may still count for another. */
    public VisitRelease release(String claimId) {
        Optional<ConsumedVisit> stoodOn = consumedBy(claimId);
        if (stoodOn.isEmpty()) {
            return new VisitRelease.NotStanding();
        }
        ConsumedVisit before = stoodOn.get();
        LocalDate date = before.dateOfService();
        Optional<ConsumedVisit> remaining = before.without(claimId);
        if (remaining.isEmpty()) {
            Map<LocalDate, ConsumedVisit> after = new TreeMap<>(consumed);
            after.remove(date);
            return new VisitRelease.GivenBack(new AuthorizedVisits(authorization, after.values()), date);
        }
        AuthorizedVisits after = with(remaining.get());
        return before.holder().equals(claimId)
                ? new VisitRelease.PassedOn(after, date, remaining.get().holder())
                : new VisitRelease.SharerLeft(after, date);
    }

    private AuthorizedVisits with(ConsumedVisit visit) {
        if (visit.equals(consumed.get(visit.dateOfService()))) {
            return this;
        }
        Map<LocalDate, ConsumedVisit> after = new TreeMap<>(consumed);
        after.put(visit.dateOfService(), visit);
        return new AuthorizedVisits(authorization, after.values());
    }
}
