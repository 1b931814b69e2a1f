package org.medmassage.codesets;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The ICD-10-CM releases this jar answers (DX-01), listed in {@code icd10cm_releases.tsv} in date order, each built
 * from CMS's own file in CMS's own format: a new fiscal year is CMS's file beside this class plus one line there.
 */
final class IcdReleaseManifest {

    static final String STANDARD = "icd10cm_releases.tsv";

    /** codes = CMS's billable list (the code first on each line); order = CMS's order file; order-addenda = CMS's
     *  order addenda, applied to the release on the line before. */
    enum Format { CODES, ORDER, ORDER_ADDENDA }

    /** One line: the fiscal year, the first date of service (Oct 1 unless an April update), the format and the file. */
    record Entry(FiscalYear fiscalYear, LocalDate effectiveFrom, Format format, String file) {
    }

    private final List<Entry> entries;

    IcdReleaseManifest(List<Entry> entries) {
        if (entries.isEmpty() || entries.get(0).format() == Format.ORDER_ADDENDA) {
            throw new IllegalStateException("ICD-10-CM releases must start with a full release (codes or order file)");
        }
        for (int i = 1; i < entries.size(); i++) {
            Entry before = entries.get(i - 1);
            Entry next = entries.get(i);
            if (!next.effectiveFrom().isAfter(before.effectiveFrom())) {
                throw new IllegalStateException("ICD-10-CM releases out of date order: " + next.file());
            }
            if (next.effectiveFrom().isAfter(before.fiscalYear().end().plusDays(1))) {
                throw new IllegalStateException("no ICD-10-CM release for dates of service " + before.fiscalYear().end()
                        .plusDays(1) + " to " + next.effectiveFrom().minusDays(1) + ", before " + next.file());
            }
        }
        this.entries = List.copyOf(entries);
    }

    static IcdReleaseManifest standard() {
        return read(STANDARD);
    }

    /** Columns: fiscal_year, effective_from (empty = Oct 1 of the fiscal year), format, file. */
    static IcdReleaseManifest read(String resource) {
        return new IcdReleaseManifest(ClasspathData.tsvRows(resource).stream().map(row -> {
            FiscalYear year = new FiscalYear(Integer.parseInt(row[0].trim()));
            LocalDate from = row[1].isBlank() ? year.start() : LocalDate.parse(row[1].trim());
            Format format = Format.valueOf(row[2].trim().toUpperCase(Locale.ROOT).replace('-', '_'));
            return new Entry(year, from, format, row[3].trim());
        }).toList());
    }

    List<Entry> entries() {
        return entries;
    }

    List<IcdRelease> releases() {
        List<IcdRelease> releases = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            LocalDate validTo = entry.fiscalYear().end();
            if (i + 1 < entries.size() && entries.get(i + 1).effectiveFrom().isBefore(validTo.plusDays(1))) {
                validTo = entries.get(i + 1).effectiveFrom().minusDays(1); // an April update ends the October release
            }
            releases.add(switch (entry.format()) {
                case CODES -> new IcdRelease(entry.fiscalYear(), entry.effectiveFrom(), validTo, firstColumn(entry.file()));
                case ORDER -> new IcdRelease(entry.fiscalYear(), entry.effectiveFrom(), validTo,
                        CmsOrderFile.parse(cmsLines(entry.file())).billableCodes().stream().map(IcdCode::value).toList());
                case ORDER_ADDENDA -> releases.get(i - 1).applying(CmsOrderAddenda.parse(cmsLines(entry.file())),
                        entry.fiscalYear(), entry.effectiveFrom(), validTo);
            });
        }
        return List.copyOf(releases);
    }

    /** CMS's long titles, from the order files and from the addenda's added and retitled codes; a later release wins. */
    Map<IcdCode, String> titles() {
        Map<IcdCode, String> titles = new HashMap<>();
        for (Entry entry : entries) {
            if (entry.format() == Format.ORDER) {
                CmsOrderFile.parse(cmsLines(entry.file())).rows().forEach(row -> titles.put(row.code(), row.longTitle()));
            } else if (entry.format() == Format.ORDER_ADDENDA) {
                CmsOrderAddenda.parse(cmsLines(entry.file())).changes().stream()
                        .filter(change -> change.action() == CmsOrderAddenda.Action.ADD
                                || change.action() == CmsOrderAddenda.Action.REVISE_TO)
                        .forEach(change -> titles.put(change.code(), change.longTitle()));
            }
        }
        return titles;
    }

    // CMS publishes these files in Latin-1 (data/README.md); the code lists are plain ASCII either way.
    private static List<String> cmsLines(String file) {
        return ClasspathData.lines(file, StandardCharsets.ISO_8859_1);
    }

    private static List<String> firstColumn(String file) {
        return cmsLines(file).stream().map(line -> line.trim().split("\\s+", 2)[0]).toList();
    }
}
