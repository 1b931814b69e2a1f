package org.medmassage.benefits.pip;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads the states' PIP rules, one tab-separated line per state: state, excluded codes (comma-separated), the date
 * they are excluded from, the amount after which the health plan is primary; empty cells mean "no such rule", lines
 * starting with # are notes. A malformed line stops the start-up: a rule misread would pay what the law forbids.
 */
public final class PipStateRuleFile {

    private PipStateRuleFile() {
    }

    public static PipStateRules read(BufferedReader reader) {
        List<PipStateRule> rules = new ArrayList<>();
        try {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (!line.isBlank() && !line.startsWith("#")) {
                    rules.add(rule(line, number));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new PipStateRules(rules);
    }

    private static PipStateRule rule(String line, int number) {
        String[] cells = Arrays.copyOf(line.split("\t", -1), 4);
        try {
            Set<String> codes = blank(cells[1]) ? Set.of() : Arrays.stream(cells[1].split(","))
                    .map(String::strip).collect(Collectors.toSet());
            return new PipStateRule(cells[0].strip(), codes, blank(cells[2]) ? null : LocalDate.parse(cells[2].strip()),
                    blank(cells[3]) ? null : new BigDecimal(cells[3].strip()));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("auto PIP state rules, line " + number + ": " + e.getMessage(), e);
        }
    }

    private static boolean blank(String cell) {
        return cell == null || cell.isBlank();
    }
}
