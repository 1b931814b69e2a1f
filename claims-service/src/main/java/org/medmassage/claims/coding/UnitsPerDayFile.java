package org.medmassage.claims.coding;

import java.io.BufferedReader;
import java.util.List;

/**
 * Reads medically unlikely edits in the CMS practitioner MUE layout: procedure code, MUE value (units), MUE
 * adjudication indicator (e.g. {@code 2 Date of Service Edit: Policy}; its leading digit), then the rationale, which
 * is ignored. CMS's notice and title lines are skipped. An indicator left empty is read as a date-of-service edit.
 */
public final class UnitsPerDayFile {

    private UnitsPerDayFile() {
    }

    /** The limits of one file and the count of lines that were not data. */
    public record Loaded(List<UnitsPerDayLimit> limits, int skippedLines) {
    }

    public static Loaded read(String source, BufferedReader reader) {
        EditFileRows.Read<UnitsPerDayLimit> read = EditFileRows.read(source, reader, UnitsPerDayFile::limit);
        return new Loaded(read.rows(), read.skippedLines());
    }

    private static UnitsPerDayLimit limit(String[] fields, String where) {
        if (fields.length < 2) {
            throw new IllegalArgumentException("a medically unlikely edit has a procedure code and a number of units");
        }
        int units;
        try {
            units = Integer.parseInt(fields[1]);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + fields[1] + "' is not a number of units");
        }
        UnitsPerDayLimit.Adjudication adjudication = fields.length < 3 || fields[2].isEmpty()
                ? UnitsPerDayLimit.Adjudication.DATE_OF_SERVICE_POLICY
                : UnitsPerDayLimit.Adjudication.of(fields[2]);
        return new UnitsPerDayLimit(EditFileRows.procedureCode(fields[0]), units, adjudication);
    }
}
