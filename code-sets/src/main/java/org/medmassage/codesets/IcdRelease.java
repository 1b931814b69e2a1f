package org.medmassage.codesets;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One complete ICD-10-CM release: every billable code for the dates of service it applies to (DX-01, DX-02) — a
 * fiscal year from Oct 1, or the rest of it from an April 1 update. Anything else is a category (when billable codes
 * sit under it), a misplaced 7th character (DX-04), or not a code of this release.
 */
public final class IcdRelease {

    private final FiscalYear fiscalYear;
    private final LocalDate validFrom;
    private final LocalDate validTo;
    private final PackedCodes billable; // sorted: membership and "codes under a category" are binary searches

    public IcdRelease(FiscalYear fiscalYear, LocalDate validFrom, LocalDate validTo, Collection<String> billableCodes) {
        if (FiscalYear.of(validFrom).compareTo(fiscalYear) != 0 || validTo.isBefore(validFrom)
                || validTo.isAfter(fiscalYear.end())) {
            throw new IllegalArgumentException(fiscalYear + " cannot apply from " + validFrom + " to " + validTo);
        }
        this.fiscalYear = fiscalYear;
        this.validFrom = validFrom;
        this.validTo = validTo;
        this.billable = new PackedCodes(billableCodes.stream().map(code -> IcdCode.of(code).value()).toList());
    }

    /** A release for the whole fiscal year. */
    public IcdRelease(FiscalYear fiscalYear, Collection<String> billableCodes) {
        this(fiscalYear, fiscalYear.start(), fiscalYear.end(), billableCodes);
    }

    /**
     * The next release: this one with CMS's order addenda applied (codes flagged 1 added and deleted), checked against
     * the addenda's own header lines and against the counts CMS prints at the end of the file.
     */
    public IcdRelease applying(CmsOrderAddenda addenda, FiscalYear nextYear, LocalDate from, LocalDate to) {
        Set<String> codes = new HashSet<>(billable.all());
        addenda.summary().ifPresent(summary -> expectSize(this, summary.codesBefore()));
        for (IcdCode deleted : addenda.codes(CmsOrderAddenda.Action.DELETE, true)) {
            require(codes.remove(deleted.value()), "deletes " + deleted.dotted() + ", which is not billable in " + this);
        }
        for (IcdCode added : addenda.codes(CmsOrderAddenda.Action.ADD, true)) {
            require(codes.add(added.value()), "adds " + added.dotted() + ", which is already billable in " + this);
        }
        IcdRelease next = new IcdRelease(nextYear, from, to, codes);
        for (IcdCode header : addenda.codes(CmsOrderAddenda.Action.ADD, false)) {
            require(next.isCategory(header), "adds header " + header.dotted() + " with no billable code under it");
        }
        for (IcdCode header : addenda.codes(CmsOrderAddenda.Action.DELETE, false)) {
            require(!next.isCategory(header), "deletes header " + header.dotted() + ", yet billable codes remain under it");
        }
        addenda.summary().ifPresent(summary -> expectSize(next, summary.codesAfter()));
        return next;
    }

    public FiscalYear fiscalYear() {
        return fiscalYear;
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public LocalDate validTo() {
        return validTo;
    }

    public boolean appliesTo(LocalDate dateOfService) {
        return !dateOfService.isBefore(validFrom) && !dateOfService.isAfter(validTo);
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

    public boolean isCategory(IcdCode code) {
        return !billable.under(code.value()).isEmpty();
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

    /** FY2027, or "FY2026 update of 2026-04-01" for a release that starts within its fiscal year. */
    @Override
    public String toString() {
        return validFrom.equals(fiscalYear.start()) ? fiscalYear.toString() : fiscalYear + " update of " + validFrom;
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

    private static void expectSize(IcdRelease release, int cmsCount) {
        require(release.size() == cmsCount, "gives " + release + " " + release.size()
                + " billable codes where CMS's summary counts " + cmsCount);
    }

    private static void require(boolean holds, String otherwise) {
        if (!holds) {
            throw new IllegalStateException("ICD-10-CM order addenda do not fit: the file " + otherwise);
        }
    }
}
