package org.medmassage.claims.pricing;

import java.io.BufferedReader;
import java.math.BigDecimal;
import java.util.List;
import org.medmassage.claims.coding.EditFileRows;
import org.medmassage.codesets.UsStates;

/**
 * Reads workers' compensation fee schedules (decision 0068): tab-separated procedure code, USPS state, fee per unit,
 * then a note that is ignored; titles, blanks and {@code #} comments are skipped like those of the CMS edit files. A
 * row that does not parse (an unknown state, a fee that is not an amount) stops the load, naming file and line.
 */
public final class StateFeeScheduleFile {

    private StateFeeScheduleFile() {
    }

    public record Loaded(List<StateFeeSchedules.Fee> fees, int skippedLines) {
    }

    public static Loaded read(String source, BufferedReader reader) {
        EditFileRows.Read<StateFeeSchedules.Fee> read = EditFileRows.read(source, reader, StateFeeScheduleFile::fee);
        return new Loaded(read.rows(), read.skippedLines());
    }

    private static StateFeeSchedules.Fee fee(String[] fields, String where) {
        if (fields.length < 3) {
            throw new IllegalArgumentException("a fee has a procedure code, a state and a fee per unit");
        }
        if (!UsStates.isKnown(fields[1])) {
            throw new IllegalArgumentException("'" + fields[1] + "' is not a USPS state code");
        }
        BigDecimal fee;
        try {
            fee = new BigDecimal(fields[2]);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + fields[2] + "' is not an amount");
        }
        if (fee.scale() > 2) {
            throw new IllegalArgumentException("'" + fields[2] + "' has more than cents");
        }
        return new StateFeeSchedules.Fee(fields[1], EditFileRows.procedureCode(fields[0]), fee);
    }
}
