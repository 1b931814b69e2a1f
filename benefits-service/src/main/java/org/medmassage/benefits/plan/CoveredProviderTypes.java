package org.medmassage.benefits.plan;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The provider types a plan pays for massage, as NUCC taxonomy codes (RULEBOOK §1.3 {@code coveredProviderTypes}):
 * e.g. a plan that pays massage only from physical therapists lists 225100000X, and a Medicare-like plan leaves out
 * 225700000X massage therapist. {@link #ANY}, a plan that names none, pays every provider type, as before the list
 * existed (decision 0061).
 */
public record CoveredProviderTypes(Set<String> taxonomyCodes) {

    public static final CoveredProviderTypes ANY = new CoveredProviderTypes(Set.of());

    public CoveredProviderTypes {
        taxonomyCodes = Set.copyOf(taxonomyCodes);
    }

    /** The plan's list; {@code null} or empty: every provider type. */
    public static CoveredProviderTypes of(List<String> taxonomyCodes) {
        return taxonomyCodes == null || taxonomyCodes.isEmpty() ? ANY : new CoveredProviderTypes(Set.copyOf(taxonomyCodes));
    }

    public boolean restricts() {
        return !taxonomyCodes.isEmpty();
    }

    public boolean pays(String taxonomyCode) {
        return !restricts() || taxonomyCodes.contains(taxonomyCode);
    }

    /** The codes in order, or empty for a plan that pays every provider type. */
    public Optional<List<String>> sorted() {
        return restricts() ? Optional.of(List.copyOf(new TreeSet<>(taxonomyCodes))) : Optional.empty();
    }
}
