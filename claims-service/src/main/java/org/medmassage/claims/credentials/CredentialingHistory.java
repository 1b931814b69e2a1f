package org.medmassage.claims.credentials;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A provider's credentialing with the payer as a history, so a claim is judged on its date of service however late it
 * comes: the status on a date is the latest entry effective on or before it; before the first entry there is none.
 */
public record CredentialingHistory(List<CredentialingEntry> entries) {

    public CredentialingHistory {
        entries = entries.stream().sorted(Comparator.comparing(CredentialingEntry::effectiveFrom)).toList();
        if (entries.stream().map(CredentialingEntry::effectiveFrom).distinct().count() != entries.size()) {
            throw new IllegalArgumentException("two credentialing entries on one date: " + entries);
        }
    }

    public static CredentialingHistory none() {
        return new CredentialingHistory(List.of());
    }

    /** The entry in force on {@code date}, or empty before the first one. */
    public Optional<CredentialingEntry> on(LocalDate date) {
        return entries.stream().filter(entry -> !entry.effectiveFrom().isAfter(date))
                .reduce((earlier, later) -> later);
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }
}
