package org.medmassage.codesets;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The CARC and RARC codes of a massage claim with their paraphrased meaning (carc_rarc_massage_subset.tsv, NOTICE.md),
 * so a rule's codes can be checked against the list rather than typed from memory. Production loads X12's lists.
 */
public final class RemittanceCodeList {

    private static final String SUBSET = "carc_rarc_massage_subset.tsv";
    private static final Map<String, String> MEANINGS = ClasspathData.tsvRows(SUBSET).stream()
            .filter(row -> row[0].equals("CARC") || row[0].equals("RARC"))
            .collect(Collectors.toUnmodifiableMap(row -> row[0] + " " + row[1], row -> row[3]));

    private RemittanceCodeList() {
    }

    /** What CARC {@code code} (e.g. 185) means, or empty when it is not in the list. */
    public static Optional<String> carc(String code) {
        return Optional.ofNullable(MEANINGS.get("CARC " + code));
    }

    /** What RARC {@code code} (e.g. N95) means, or empty when it is not in the list. */
    public static Optional<String> rarc(String code) {
        return Optional.ofNullable(MEANINGS.get("RARC " + code));
    }
}
