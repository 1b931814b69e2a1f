package org.medmassage.claims.coding;

import java.io.BufferedReader;
import java.time.LocalDate;
import java.util.List;

/**
 * Reads NCCI PTP edits in the CMS column layout: column 1, column 2, effective date, deletion date ({@code *} when
 * none), modifier indicator (0, 1, 9), then anything (the rationale, or our sample's source) which is ignored. The
 * quarterly practitioner files (ccipra-v…-f1..f4) carry one more column after column 2, "* = in existence prior to
 * 1996" ({@code *} or empty), which is recognised and skipped; their notice and title lines are skipped.
 */
public final class ProcedurePairFile {

    private ProcedurePairFile() {
    }

    /** The edits of one file and the count of lines that were not data. */
    public record Loaded(List<ProcedurePairEdit> edits, int skippedLines) {
    }

    public static Loaded read(String source, BufferedReader reader) {
        EditFileRows.Read<ProcedurePairEdit> read = EditFileRows.read(source, reader, ProcedurePairFile::edit);
        return new Loaded(read.rows(), read.skippedLines());
    }

    private static ProcedurePairEdit edit(String[] fields, String where) {
        if (fields.length < 5) {
            throw new IllegalArgumentException("an edit has column 1, column 2, effective date, deletion date and "
                    + "modifier indicator");
        }
        int dates = EditFileRows.isDate(fields[2]) ? 2 : 3;
        if (dates == 3 && (fields.length < 6 || !(fields[2].isEmpty() || fields[2].equals("*")))) {
            throw new IllegalArgumentException("column 3 is neither an effective date nor the prior-to-1996 flag");
        }
        LocalDate effective = EditFileRows.date(fields[dates]);
        String deletion = fields[dates + 1];
        return new ProcedurePairEdit(EditFileRows.procedureCode(fields[0]), EditFileRows.procedureCode(fields[1]),
                effective, deletion.isEmpty() || deletion.equals("*") ? null : EditFileRows.date(deletion),
                ModifierIndicator.of(fields[dates + 2]));
    }
}
