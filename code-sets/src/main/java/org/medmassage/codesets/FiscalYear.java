package org.medmassage.codesets;

import java.time.LocalDate;

/** US federal fiscal year: FY N covers dates of service Oct 1 (N-1) … Sep 30 N; ICD-10-CM releases follow it (DX-01). */
public record FiscalYear(int year) implements Comparable<FiscalYear> {

    public static FiscalYear of(LocalDate dateOfService) {
        return new FiscalYear(dateOfService.getMonthValue() >= 10 ? dateOfService.getYear() + 1 : dateOfService.getYear());
    }

    public LocalDate start() {
        return LocalDate.of(year - 1, 10, 1);
    }

    public LocalDate end() {
        return LocalDate.of(year, 9, 30);
    }

    public FiscalYear next() {
        return new FiscalYear(year + 1);
    }

    public FiscalYear previous() {
        return new FiscalYear(year - 1);
    }

    @Override
    public int compareTo(FiscalYear other) {
        return Integer.compare(year, other.year);
    }

    @Override
    public String toString() {
        return "FY" + year;
    }
}
