package org.medmassage.authorization.persistence;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.medmassage.authorization.usage.ConsumedVisit;

/**
 * Rows of claims standing on a used date, oldest first, gathered into one {@link ConsumedVisit} per owner (an
 * authorization or a referral) and date: the first claim of a date holds it, the later ones share it (PA-04).
 */
final class ClaimsOnDates {

    private ClaimsOnDates() {
    }

    static <R> Map<String, List<ConsumedVisit>> byOwner(List<R> rows, Function<R, String> owner,
            Function<R, ConsumedVisit> visit) {
        Map<String, Map<LocalDate, ConsumedVisit>> dates = new LinkedHashMap<>();
        for (R row : rows) {
            ConsumedVisit next = visit.apply(row);
            dates.computeIfAbsent(owner.apply(row), id -> new LinkedHashMap<>())
                    .merge(next.dateOfService(), next, ClaimsOnDates::joined);
        }
        Map<String, List<ConsumedVisit>> byOwner = new LinkedHashMap<>();
        dates.forEach((id, visits) -> byOwner.put(id, List.copyOf(visits.values())));
        return byOwner;
    }

    private static ConsumedVisit joined(ConsumedVisit held, ConsumedVisit next) {
        ConsumedVisit joined = held;
        for (String claim : next.claimIds()) {
            joined = joined.sharedWith(claim);
        }
        return joined;
    }
}
