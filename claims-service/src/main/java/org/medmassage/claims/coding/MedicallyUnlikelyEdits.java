package org.medmassage.claims.coding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.medmassage.claims.reason.CodingEditRejections;

/**
 * MN-08: units of one code on one date above its medically unlikely edit (loaded as data) are denied CO-151 N362. The
 * whole line is denied, not the excess units (decision 0054). A per-line cap (MAI 1) holds each line to it; a
 * date-of-service cap (MAI 2, 3) sums the claim's lines of the code in line order, and the lines that would pass the
 * cap are denied while those within it go on.
 */
public final class MedicallyUnlikelyEdits {

    private final Map<String, UnitsPerDayLimit> byCode = new HashMap<>();

    public MedicallyUnlikelyEdits(Collection<UnitsPerDayLimit> limits) {
        for (UnitsPerDayLimit limit : limits) {
            UnitsPerDayLimit earlier = byCode.putIfAbsent(limit.procedureCode(), limit);
            if (earlier != null && !earlier.equals(limit)) {
                throw new IllegalArgumentException("two medically unlikely edits for " + limit.procedureCode()
                        + ": " + earlier + " and " + limit);
            }
        }
    }

    public static MedicallyUnlikelyEdits none() {
        return new MedicallyUnlikelyEdits(List.of());
    }

    public int size() {
        return byCode.size();
    }

    public Optional<UnitsPerDayLimit> limitOf(String procedureCode) {
        return Optional.ofNullable(byCode.get(procedureCode));
    }

    /** The lines above their code's cap on the date, in line order. */
    public List<LineEdit> deniedLines(LocalDate dateOfService, List<BilledProcedure> lines) {
        List<LineEdit> denied = new ArrayList<>();
        Map<String, Integer> unitsOfTheDay = new HashMap<>();
        for (BilledProcedure line : lines.stream().sorted(Comparator.comparingInt(BilledProcedure::lineNumber))
                .toList()) {
            UnitsPerDayLimit limit = byCode.get(line.procedureCode());
            if (limit == null) {
                continue;
            }
            boolean perLine = limit.adjudication().perLine();
            int units = perLine ? line.units() : unitsOfTheDay.getOrDefault(line.procedureCode(), 0) + line.units();
            if (units > limit.maxUnits()) {
                denied.add(new LineEdit(line.lineNumber(), CodingEditRejections.overUnitsPerDay(line.procedureCode(),
                        units, limit.maxUnits(), dateOfService, !perLine && units != line.units())));
            } else if (!perLine) {
                unitsOfTheDay.put(line.procedureCode(), units);
            }
        }
        return denied;
    }
}
