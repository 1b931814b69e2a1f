package org.medmassage.claims.coding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The coding edits intake applies to a priced claim (RULEBOOK §5.2 step 0 "NCCI/MUE"): NCCI pairs first, then the
 * medically unlikely edits on the lines still standing. A line already denied (an OA-18 duplicate) keeps its denial
 * and still counts as billed for the pairs (its service is on file for the date); each line is denied at most once.
 */
public final class CodingEdits {

    private final ProcedurePairEdits pairs;
    private final MedicallyUnlikelyEdits unitsPerDay;

    public CodingEdits(ProcedurePairEdits pairs, MedicallyUnlikelyEdits unitsPerDay) {
        this.pairs = pairs;
        this.unitsPerDay = unitsPerDay;
    }

    public static CodingEdits none() {
        return new CodingEdits(ProcedurePairEdits.none(), MedicallyUnlikelyEdits.none());
    }

    public ProcedurePairEdits pairs() {
        return pairs;
    }

    public MedicallyUnlikelyEdits unitsPerDay() {
        return unitsPerDay;
    }

    /** The lines of {@code lines} the edits deny on the date, in line order, leaving out {@code alreadyDenied}. */
    public List<LineEdit> deniedLines(LocalDate dateOfService, List<BilledProcedure> lines,
            Collection<Integer> alreadyDenied) {
        Set<Integer> denied = new HashSet<>(alreadyDenied);
        List<LineEdit> edits = new ArrayList<>();
        for (LineEdit edit : pairs.deniedLines(dateOfService, lines)) {
            if (denied.add(edit.lineNumber())) {
                edits.add(edit);
            }
        }
        List<BilledProcedure> standing = lines.stream().filter(line -> !denied.contains(line.lineNumber())).toList();
        edits.addAll(unitsPerDay.deniedLines(dateOfService, standing));
        edits.sort(Comparator.comparingInt(LineEdit::lineNumber));
        return List.copyOf(edits);
    }
}
