package org.medmassage.claims.coding;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

/**
 * Reads a CMS edit file (tab-separated text, or comma-separated as CMS's spreadsheets export) row by row. CMS puts a
 * copyright notice and column titles above the data, so a line is data only when its first field is a procedure code
 * (CPT: five digits, or four and a letter for Category II/III and PLA codes; HCPCS Level II: a letter and four
 * digits); other lines, blank lines and {@code #} comments are skipped and counted. A data line that does not parse
 * is an error naming file and line: an edit table is loaded whole or not at all.
 */
public final class EditFileRows {

    private static final Pattern PROCEDURE_CODE = Pattern.compile("[0-9]{4}[0-9A-Z]|[A-Z][0-9]{4}");
    private static final DateTimeFormatter CMS_DATE = DateTimeFormatter.BASIC_ISO_DATE;

    private EditFileRows() {
    }

    /** The rows of one file and how many lines were not data (titles, notices, comments, blanks). */
    public record Read<T>(List<T> rows, int skippedLines) {
    }

    public static <T> Read<T> read(String source, BufferedReader reader, BiFunction<String[], String, T> row) {
        List<T> rows = new ArrayList<>();
        int skipped = 0;
        int number = 0;
        try {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                String[] fields = fields(line);
                if (line.isBlank() || line.startsWith("#") || !isProcedureCode(fields[0])) {
                    skipped++;
                    continue;
                }
                String where = source + ":" + number;
                try {
                    rows.add(row.apply(fields, where));
                } catch (RuntimeException e) {
                    throw new IllegalArgumentException(where + ": " + e.getMessage() + " in '" + line + "'", e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source, e);
        }
        return new Read<>(List.copyOf(rows), skipped);
    }

    static boolean isProcedureCode(String field) {
        return PROCEDURE_CODE.matcher(field).matches();
    }

    public static String procedureCode(String field) {
        if (!isProcedureCode(field)) {
            throw new IllegalArgumentException("'" + field + "' is not a procedure code");
        }
        return field;
    }

    /** A CMS date (YYYYMMDD), or ISO (YYYY-MM-DD) as in the shipped sample when written by hand. */
    static LocalDate date(String field) {
        try {
            return field.length() == 8 ? LocalDate.parse(field, CMS_DATE) : LocalDate.parse(field);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + field + "' is not a date (YYYYMMDD)");
        }
    }

    static boolean isDate(String field) {
        try {
            date(field);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    // tab-separated unless the line has no tab; quotes of a CSV export are taken off (codes and dates have no commas)
    private static String[] fields(String line) {
        String[] fields = line.indexOf('\t') >= 0 ? line.split("\t", -1) : line.split(",", -1);
        for (int i = 0; i < fields.length; i++) {
            String field = fields[i].trim();
            if (field.length() >= 2 && field.startsWith("\"") && field.endsWith("\"")) {
                field = field.substring(1, field.length() - 1).trim();
            }
            fields[i] = field;
        }
        return fields;
    }
}
