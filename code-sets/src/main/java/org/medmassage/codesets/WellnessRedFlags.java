package org.medmassage.codesets;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * MN-07: valid diagnoses that do not establish medical necessity for massage (stress, fatigue, a general exam). A plan
 * may configure its own list; the default is the curated {@code wellness_red_flag} rows (Z73.3, R53.83, Z00.00).
 */
public final class WellnessRedFlags {

    private static final String MASSAGE_RELEVANT = "icd10cm_fy2026_massage_relevant.tsv";

    private final Set<IcdCode> codes;

    public WellnessRedFlags(Collection<String> codes) {
        this.codes = codes.stream().map(IcdCode::of).collect(Collectors.toUnmodifiableSet());
    }

    public static WellnessRedFlags defaults() {
        return new WellnessRedFlags(ClasspathData.tsvRows(MASSAGE_RELEVANT).stream()
                .filter(row -> row[4].equals("wellness_red_flag"))
                .map(row -> row[1])
                .collect(Collectors.toList()));
    }

    /** True for a red-flag code, with or without dot; a malformed code is not a red flag (it fails elsewhere). */
    public boolean isRedFlag(String code) {
        return IcdCode.parse(code).map(codes::contains).orElse(false);
    }

    public Set<IcdCode> codes() {
        return codes;
    }
}
