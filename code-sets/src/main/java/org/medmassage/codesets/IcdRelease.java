package org.medmassage.codesets;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * One complete ICD-10-CM release: every billable code of a fiscal year (DX-02). Anything else is a category (when
 * billable codes sit under it), a misplaced 7th character (DX-04), or not a code of that year.
 */
public final class IcdRelease {

    private static final String FY2026_BILLABLE = "icd10cm_codes_2026_codes_only.txt.gz";

    private final FiscalYear fiscalYear;
    private final PackedCodes billable; // sorted: membership and "codes under a category" are binary searches

    public IcdRelease(FiscalYear fiscalYear, Collection<String> billableCodes) {
        this.fiscalYear = fiscalYear;
        this.billable = new PackedCodes(billableCodes.stream().map(code -> IcdCode.of(code).value()).toList());
    }

    /** The CMS FY2026 list shipped in this jar (see NOTICE.md). */
    public static IcdRelease fy2026() {
        return new IcdRelease(new FiscalYear(2026), ClasspathData.lines(FY2026_BILLABLE));
    }

    public FiscalYear fiscalYear() {
        return fiscalYear;
    }

    public int size() {
        return billable.size();
    }

    /** Heap bytes of the packed index payload (7 bytes a code), for the footprint report. */
    public long indexPayloadBytes() {
        return billable.payloadBytes();
    }

    public boolean isBillable(IcdCode code) {
        return billable.contains(code.value());
    }

    /** Billable codes more specific than {@code category}, in code order; empty when it is no category of this release. */
    public List<IcdCode> billableUnder(IcdCode category) {
        return billable.under(category.value()).stream().map(IcdCode::new).toList();
    }

    IcdValidity check(String input, IcdCode code, LocalDate dateOfService) {
        if (isBillable(code)) {
            return new IcdValidity.Billable(input, code, dateOfService);
        }
        List<IcdCode> children = billableUnder(code);
        if (!children.isEmpty()) {
            return new IcdValidity.Header(input, code, dateOfService, children);
        }
        Optional<IcdCode> padded = withPlaceholders(code);
        if (padded.isPresent()) {
            return new IcdValidity.MalformedCode(input, "DX-04", "the 7th character goes in position 7, with placeholder X "
                    + "before it: " + padded.get().dotted());
        }
        return new IcdValidity.Unknown(input, code, dateOfService, fiscalYear);
    }

    // DX-04: S134A / S13.4D were meant as S134XXA / S134XXD — the 7th character typed without its X placeholders.
    private Optional<IcdCode> withPlaceholders(IcdCode code) {
        String value = code.value();
        if (value.length() < 4 || value.length() > 6 || !Character.isLetter(value.charAt(value.length() - 1))) {
            return Optional.empty();
        }
        String stem = value.substring(0, value.length() - 1);
        IcdCode candidate = new IcdCode(stem + "X".repeat(6 - stem.length()) + value.charAt(value.length() - 1));
        return isBillable(candidate) ? Optional.of(candidate) : Optional.empty();
    }
}
