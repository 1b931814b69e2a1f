package org.medmassage.codesets;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * X12 claim adjustment group codes (CO/PR/OA/PI), CARCs and RARCs relevant to massage claims, with short paraphrased
 * descriptions for EOBs and notifications. The shipped subset is not the full X12 list (NOTICE.md).
 */
public final class RemittanceCodes {

    private static final String RESOURCE = "carc_rarc_massage_subset.tsv";

    public enum Kind { GROUP, CARC, RARC }

    /** One row: e.g. CARC 45, usually CO, "Charge exceeds fee schedule/maximum allowable …". */
    public record RemittanceCode(Kind kind, String code, String usualGroupCodes, String description, String typicalScenario) {
    }

    private final Map<Kind, Map<String, RemittanceCode>> byKind;

    public RemittanceCodes(List<RemittanceCode> codes) {
        this.byKind = codes.stream().collect(Collectors.groupingBy(RemittanceCode::kind,
                Collectors.toUnmodifiableMap(RemittanceCode::code, Function.identity())));
    }

    public static RemittanceCodes standard() {
        return Standard.INSTANCE;
    }

    public Optional<RemittanceCode> group(String code) {
        return find(Kind.GROUP, code);
    }

    public Optional<RemittanceCode> carc(String code) {
        return find(Kind.CARC, code);
    }

    public Optional<RemittanceCode> rarc(String code) {
        return find(Kind.RARC, code);
    }

    public Optional<String> carcDescription(String code) {
        return carc(code).map(RemittanceCode::description);
    }

    public Optional<String> rarcDescription(String code) {
        return rarc(code).map(RemittanceCode::description);
    }

    public Optional<String> groupDescription(String code) {
        return group(code).map(RemittanceCode::description);
    }

    private Optional<RemittanceCode> find(Kind kind, String code) {
        if (code == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(byKind.getOrDefault(kind, Map.of()).get(code.trim().toUpperCase(Locale.ROOT)));
    }

    private static final class Standard {
        static final RemittanceCodes INSTANCE = new RemittanceCodes(ClasspathData.tsvRows(RESOURCE).stream()
                .map(row -> new RemittanceCode(Kind.valueOf(row[0]), row[1], row[2], row[3], row[4]))
                .collect(Collectors.toList()));
    }
}
