package org.medmassage.codesets;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Effective-dated facts about a few codes in fiscal years for which no full release is loaded (DX-01, DX-07): enough to
 * answer the known traps — M54.5 billable through 2021-09-30, a category with M54.50/.51/.59 from 2021-10-01 — and to
 * say "cannot confirm" for every other code rather than let it pass.
 */
public final class KnownIcdChanges {

    /** ICD-10-CM replaced ICD-9-CM in the US for dates of service from this day. */
    public static final LocalDate ICD10CM_START = LocalDate.of(2015, 10, 1);
    private static final String RESOURCE = "icd10cm_known_changes.tsv";

    public enum Status { BILLABLE, HEADER }

    /** The code had this status from {@code validFrom} to {@code validTo} inclusive (null = still so). */
    public record Change(IcdCode code, Status status, LocalDate validFrom, LocalDate validTo, String source) {
        boolean covers(LocalDate date) {
            return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
        }
    }

    private final List<Change> changes;

    public KnownIcdChanges(List<Change> changes) {
        this.changes = List.copyOf(changes);
    }

    public static KnownIcdChanges standard() {
        return new KnownIcdChanges(ClasspathData.tsvRows(RESOURCE).stream()
                .map(row -> new Change(IcdCode.of(row[0]), Status.valueOf(row[1]), LocalDate.parse(row[2]),
                        row[3].isBlank() ? null : LocalDate.parse(row[3]), row[4]))
                .collect(Collectors.toList()));
    }

    public List<Change> changes() {
        return changes;
    }

    IcdValidity check(String input, IcdCode code, LocalDate dateOfService) {
        List<Change> ofCode = changes.stream().filter(change -> change.code().equals(code)).collect(Collectors.toList());
        if (ofCode.isEmpty()) {
            return new IcdValidity.NoRelease(input, code, dateOfService, FiscalYear.of(dateOfService),
                    "for years before the first full release only the known changes of RULEBOOK §2.2/§2.3 are loaded; "
                    + "load CMS's " + FiscalYear.of(dateOfService) + " release to confirm other codes");
        }
        Optional<Change> onDate = ofCode.stream().filter(change -> change.covers(dateOfService)).findFirst();
        if (onDate.isEmpty()) {
            return new IcdValidity.NotValidOnDate(input, code, dateOfService, whyNot(ofCode, dateOfService));
        }
        if (onDate.get().status() == Status.BILLABLE) {
            return new IcdValidity.Billable(input, code, dateOfService);
        }
        return new IcdValidity.Header(input, code, dateOfService, billableUnder(code, dateOfService));
    }

    private List<IcdCode> billableUnder(IcdCode category, LocalDate date) {
        return changes.stream()
                .filter(change -> change.status() == Status.BILLABLE && change.covers(date) && change.code().isUnder(category))
                .map(Change::code).sorted().collect(Collectors.toList());
    }

    private static String whyNot(List<Change> ofCode, LocalDate date) {
        LocalDate firstDay = ofCode.stream().map(Change::validFrom).min(Comparator.naturalOrder()).orElseThrow();
        if (date.isBefore(firstDay)) {
            return "it did not exist yet (created on " + firstDay + ", " + FiscalYear.of(firstDay) + ")";
        }
        if (ofCode.stream().anyMatch(change -> change.validTo() == null)) {
            return "it was not in use on that date";
        }
        LocalDate lastDay = ofCode.stream().map(Change::validTo).max(Comparator.naturalOrder()).orElseThrow();
        return "it was deleted after " + lastDay;
    }
}
