package org.medmassage.codesets;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The USPS two-letter codes of the 50 states, the District of Columbia and the inhabited territories (AS, GU, MP, PR,
 * VI): where a practitioner can hold a licence and practise. Military and freely associated state codes are left out.
 */
public final class UsStates {

    private static final String CODES = "usps_state_codes.tsv";
    private static final Map<String, String> NAMES = ClasspathData.tsvRows(CODES).stream()
            .collect(Collectors.toUnmodifiableMap(row -> row[0], row -> row[1]));

    private UsStates() {
    }

    /** True for an upper-case USPS code of the list, e.g. WA; false for wa, XX or null. */
    public static boolean isKnown(String code) {
        return code != null && NAMES.containsKey(code);
    }

    public static Optional<String> name(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(NAMES.get(code));
    }

    public static int count() {
        return NAMES.size();
    }
}
