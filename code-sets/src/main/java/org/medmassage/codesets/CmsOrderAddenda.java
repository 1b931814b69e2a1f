package org.medmassage.codesets;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CMS's ICD-10-CM order-file addenda ({@code icd10cm_order_addenda_YYYY.txt}) as published: one line per code or header
 * added, deleted or retitled between two order files, then CMS's own counts. A line is fixed-width: the action
 * ({@code Add:}, {@code Delete:}, {@code Revise from:}, {@code Revise to:}) in 13 columns, the order file's flag
 * (1 = billable, 0 = header, DX-02), the code without dot in 7 columns, the short title in 60, the long title.
 */
public record CmsOrderAddenda(List<Change> changes, Optional<Summary> summary) {

    public enum Action { ADD, DELETE, REVISE_FROM, REVISE_TO }

    public record Change(Action action, boolean billable, IcdCode code, String shortTitle, String longTitle) {
    }

    /** CMS's counts of billable codes in the order file before and after the change (the end of the file). */
    public record Summary(int codesBefore, int codesAfter) {
    }

    private static final Pattern LINE =
            Pattern.compile("^(Add|Delete|Revise from|Revise to):\\s+([01]) (\\S{3,7})\\s*(.*)$");
    private static final Pattern CODE_COUNT = Pattern.compile("^\\s*(\\d+) codes in icd10cm_order_\\d{4}\\w*\\.txt\\s*$");
    private static final int SHORT_TITLE_START = 23;
    private static final int LONG_TITLE_START = 84;

    public CmsOrderAddenda {
        changes = List.copyOf(changes);
    }

    public static CmsOrderAddenda parse(List<String> lines) {
        List<Change> changes = new ArrayList<>();
        List<Integer> codeCounts = new ArrayList<>();
        for (String line : lines) {
            Matcher change = LINE.matcher(line);
            Matcher count = CODE_COUNT.matcher(line);
            if (change.matches()) {
                changes.add(change(line, change));
            } else if (count.matches()) {
                codeCounts.add(Integer.parseInt(count.group(1)));
            }
        }
        if (changes.isEmpty()) {
            throw new IllegalArgumentException("not a CMS ICD-10-CM order addenda file: no Add:/Delete:/Revise line");
        }
        Optional<Summary> summary = codeCounts.size() == 2
                ? Optional.of(new Summary(codeCounts.get(0), codeCounts.get(1))) : Optional.empty();
        return new CmsOrderAddenda(changes, summary);
    }

    /** The changes of one kind to billable codes (flag 1) or to headers (flag 0). */
    public List<IcdCode> codes(Action action, boolean billable) {
        return changes.stream().filter(c -> c.action() == action && c.billable() == billable).map(Change::code).toList();
    }

    private static Change change(String line, Matcher matcher) {
        Action action = switch (matcher.group(1)) {
            case "Add" -> Action.ADD;
            case "Delete" -> Action.DELETE;
            case "Revise from" -> Action.REVISE_FROM;
            default -> Action.REVISE_TO;
        };
        return new Change(action, matcher.group(2).equals("1"), IcdCode.of(matcher.group(3)),
                column(line, SHORT_TITLE_START, LONG_TITLE_START - 1), column(line, LONG_TITLE_START, line.length()));
    }

    private static String column(String line, int from, int to) {
        return from >= line.length() ? "" : line.substring(from, Math.min(to, line.length())).trim();
    }
}
