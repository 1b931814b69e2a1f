package org.medmassage.codesets;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * ICD-10-CM, effective-dated by date of service — never by processing date (DX-01). A fiscal year with a full release
 * is answered from it; earlier ICD-10-CM years only from the table of known changes; any other date, and any code the
 * table does not know in an earlier year, is answered {@link IcdValidity.NoRelease} rather than silently accepted.
 *
 * <p>Thread-safe and immutable; {@link #standard()} loads the shipped FY2026 release once (~75k codes).
 */
public final class IcdCodeSet {

    private final TreeMap<FiscalYear, IcdRelease> releases;
    private final KnownIcdChanges knownChanges;

    public IcdCodeSet(Collection<IcdRelease> releases, KnownIcdChanges knownChanges) {
        if (releases.isEmpty()) {
            throw new IllegalArgumentException("an ICD-10-CM code set needs at least one full release");
        }
        this.releases = releases.stream().collect(Collectors.toMap(IcdRelease::fiscalYear, Function.identity(),
                (a, b) -> { throw new IllegalArgumentException("two releases for " + a.fiscalYear()); }, TreeMap::new));
        this.knownChanges = knownChanges;
    }

    /** The FY2026 CMS release and the known earlier changes, as shipped in this jar (NOTICE.md). */
    public static IcdCodeSet standard() {
        return Standard.INSTANCE;
    }

    /** Whether {@code code} (with or without dot) may be reported for {@code dateOfService}, and if not, why. */
    public IcdValidity check(String code, LocalDate dateOfService) {
        Optional<IcdCode> parsed = IcdCode.parse(code);
        if (parsed.isEmpty()) {
            return new IcdValidity.MalformedCode(code == null ? "" : code, "DX-03",
                    "expected a letter, then 2 to 6 letters or digits, with an optional dot after the 3rd character");
        }
        FiscalYear fiscalYear = FiscalYear.of(dateOfService);
        IcdRelease release = releases.get(fiscalYear);
        if (release != null) {
            return release.check(code, parsed.get(), dateOfService);
        }
        if (answeredByKnownChanges(dateOfService, fiscalYear)) {
            return knownChanges.check(code, parsed.get(), dateOfService);
        }
        return new IcdValidity.NoRelease(code, parsed.get(), dateOfService, fiscalYear);
    }

    public boolean isBillable(String code, LocalDate dateOfService) {
        return check(code, dateOfService).isBillable();
    }

    public Collection<FiscalYear> fullyLoadedFiscalYears() {
        return releases.keySet();
    }

    public Map<FiscalYear, IcdRelease> releases() {
        return releases;
    }

    // The known-changes table stands in only for ICD-10-CM years before the first full release; after the last one
    // nothing is known yet (its open-ended rows say "still so in FY2026", not "forever").
    private boolean answeredByKnownChanges(LocalDate dateOfService, FiscalYear fiscalYear) {
        return !dateOfService.isBefore(KnownIcdChanges.ICD10CM_START) && fiscalYear.compareTo(releases.firstKey()) < 0;
    }

    private static final class Standard {
        static final IcdCodeSet INSTANCE = new IcdCodeSet(List.of(IcdRelease.fy2026()), KnownIcdChanges.standard());
    }
}
