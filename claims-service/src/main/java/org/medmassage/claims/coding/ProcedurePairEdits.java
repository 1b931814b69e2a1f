package org.medmassage.claims.coding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.medmassage.claims.reason.CodingEditRejections;
import org.medmassage.codesets.remittance.CodedRejection;

/**
 * NCCI procedure-to-procedure edits on one claim (one member, rendering provider and date of service; RULEBOOK §4.3,
 * CPT-03, CPT-04), from effective-dated rows loaded as data, never from pairs in code. For each pair billed together
 * the column-2 line is denied: CO-97 N19 when the indicator is 0 (never bypassed), CO-236 N20 when it is 1 and the
 * column-2 line lacks 59/XE/XS/XP/XU. A modifier on the column-1 line bypasses nothing.
 */
public final class ProcedurePairEdits {

    /** CPT-03: the NCCI-associated modifiers that bypass an indicator-1 edit when on the column-2 code. */
    static final Set<String> BYPASS_MODIFIERS = Set.of("59", "XE", "XS", "XP", "XU");

    // RULEBOOK §4.3: X{EPSU} exist since 2015-01-01; before that only 59 is a bypass modifier.
    private static final LocalDate X_MODIFIERS_FROM = LocalDate.of(2015, 1, 1);

    private final Map<String, List<ProcedurePairEdit>> byPair = new HashMap<>();

    public ProcedurePairEdits(Collection<ProcedurePairEdit> edits) {
        edits.forEach(edit -> byPair.computeIfAbsent(key(edit.column1(), edit.column2()), pair -> new ArrayList<>(1))
                .add(edit));
    }

    public static ProcedurePairEdits none() {
        return new ProcedurePairEdits(List.of());
    }

    public int size() {
        return byPair.values().stream().mapToInt(List::size).sum();
    }

    /** The edit of this ordered pair in force on the date, if any (rows of one pair do not overlap in CMS files). */
    public Optional<ProcedurePairEdit> inForce(String column1, String column2, LocalDate dateOfService) {
        return byPair.getOrDefault(key(column1, column2), List.of()).stream()
                .filter(edit -> edit.appliesOn(dateOfService))
                .findFirst();
    }

    /** The column-2 lines the edits deny, in line order, each once (for the first column-1 line that denies it). */
    public List<LineEdit> deniedLines(LocalDate dateOfService, List<BilledProcedure> lines) {
        Map<Integer, LineEdit> denied = new TreeMap<>();
        for (BilledProcedure column2 : lines) {
            for (BilledProcedure column1 : lines) {
                if (column1.lineNumber() == column2.lineNumber() || denied.containsKey(column2.lineNumber())) {
                    continue;
                }
                inForce(column1.procedureCode(), column2.procedureCode(), dateOfService)
                        .flatMap(edit -> rejection(edit, column1, column2, dateOfService))
                        .ifPresent(rejection -> denied.put(column2.lineNumber(),
                                new LineEdit(column2.lineNumber(), rejection)));
            }
        }
        return List.copyOf(denied.values());
    }

    // CPT-03 (indicator 0 never bypassed; 1 bypassed by a modifier on column 2) and CPT-04 (not on column 1)
    private static Optional<CodedRejection> rejection(ProcedurePairEdit edit, BilledProcedure column1,
            BilledProcedure column2, LocalDate dateOfService) {
        if (edit.indicator() == ModifierIndicator.NOT_ALLOWED) {
            return Optional.of(CodingEditRejections.bundled(edit.column1(), edit.column2(), dateOfService));
        }
        if (bypassModifier(column2, dateOfService).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(CodingEditRejections.notPayableWith(edit.column1(), edit.column2(), dateOfService,
                bypassModifier(column1, dateOfService).orElse(null)));
    }

    private static Optional<String> bypassModifier(BilledProcedure line, LocalDate dateOfService) {
        return line.modifiers().stream()
                .filter(BYPASS_MODIFIERS::contains)
                .filter(modifier -> modifier.equals("59") || !dateOfService.isBefore(X_MODIFIERS_FROM))
                .findFirst();
    }

    private static String key(String column1, String column2) {
        return column1 + '/' + column2;
    }
}
