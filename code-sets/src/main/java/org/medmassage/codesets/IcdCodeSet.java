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
 * ICD-10-CM, effective-dated by date of service — never by processing date (DX-01). A date covered by a loaded
 * release is answered from it, and a code that the release does not know but another one does is named as deleted or
 * not yet created (DX-07); earlier ICD-10-CM years are answered only from the table of known changes; any other date,
 * and any code the table does not know in an earlier year, is answered {@link IcdValidity.NoRelease} rather than
 * silently accepted.
 *
 * <p>Thread-safe and immutable; {@link #standard()} loads the shipped releases once (~75k codes each).
 */
public final class IcdCodeSet {

    public static final String NAME = "ICD-10-CM";

    private final TreeMap<LocalDate, IcdRelease> releases; // by first date of service
    private final KnownIcdChanges knownChanges;

    public IcdCodeSet(Collection<IcdRelease> releases, KnownIcdChanges knownChanges) {
        if (releases.isEmpty()) {
            throw new IllegalArgumentException("an ICD-10-CM code set needs at least one full release");
        }
        this.releases = releases.stream().collect(Collectors.toMap(IcdRelease::validFrom, Function.identity(),
                (a, b) -> { throw new IllegalArgumentException("two releases from " + a.validFrom()); }, TreeMap::new));
        this.knownChanges = knownChanges;
    }

    /** The CMS releases listed in icd10cm_releases.tsv and the known earlier changes, as shipped in this jar. */
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
        Optional<IcdRelease> release = releaseOn(dateOfService);
        if (release.isPresent()) {
            IcdValidity answer = release.get().check(code, parsed.get(), dateOfService);
            return answer instanceof IcdValidity.Unknown ? inOtherReleases(code, parsed.get(), dateOfService, answer) : answer;
        }
        if (answeredByKnownChanges(dateOfService)) {
            return knownChanges.check(code, parsed.get(), dateOfService);
        }
        return new IcdValidity.NoRelease(code, parsed.get(), dateOfService, FiscalYear.of(dateOfService),
                missingRelease(dateOfService));
    }

    public boolean isBillable(String code, LocalDate dateOfService) {
        return check(code, dateOfService).isBillable();
    }

    /** The release that applies to a date of service, if one is loaded. */
    public Optional<IcdRelease> releaseOn(LocalDate dateOfService) {
        return Optional.ofNullable(releases.floorEntry(dateOfService)).map(Map.Entry::getValue)
                .filter(release -> release.appliesTo(dateOfService));
    }

    /** The loaded releases in date order. */
    public List<IcdRelease> releases() {
        return List.copyOf(releases.values());
    }

    public IcdRelease lastRelease() {
        return releases.lastEntry().getValue();
    }

    /** How far ahead of {@code today} the loaded releases answer dates of service (operations watch it). */
    public CodeSetHorizon horizon(LocalDate today) {
        IcdRelease last = lastRelease();
        return new CodeSetHorizon(NAME, last.toString(), last.validTo(), last.fiscalYear().next(), today);
    }

    // DX-07: a code unknown on this date but billable in another loaded release was deleted, or is not created yet.
    private IcdValidity inOtherReleases(String input, IcdCode code, LocalDate date, IcdValidity unknown) {
        List<IcdRelease> billableIn = releases.values().stream().filter(release -> release.isBillable(code)).toList();
        if (billableIn.isEmpty()) {
            return unknown;
        }
        IcdRelease first = billableIn.get(0);
        IcdRelease last = billableIn.get(billableIn.size() - 1);
        String why = date.isBefore(first.validFrom())
                ? "it did not exist yet (created on " + first.validFrom() + ", " + first + ")"
                : date.isAfter(last.validTo()) ? "it was deleted after " + last.validTo() + " (last valid in " + last + ")"
                : "it was not in use on that date";
        return new IcdValidity.NotValidOnDate(input, code, date, why + insteadOn(code, date));
    }

    // The nearest broader code valid on the date: itself billable (M72.2 before FY2027), or a category to choose from.
    private String insteadOn(IcdCode code, LocalDate date) {
        IcdRelease release = releaseOn(date).orElseThrow();
        for (int length = code.value().length() - 1; length >= 3; length--) {
            IcdCode broader = new IcdCode(code.value().substring(0, length));
            if (release.isBillable(broader)) {
                return "; on that date use " + broader.dotted();
            }
            List<IcdCode> children = release.billableUnder(broader);
            if (!children.isEmpty()) {
                return "; on that date use " + IcdValidity.Header.alternatives(broader, children);
            }
        }
        return "";
    }

    // The known-changes table stands in only for ICD-10-CM years before the first full release; after the last one
    // nothing is known yet (its open-ended rows say "still so in the first release", not "forever").
    private boolean answeredByKnownChanges(LocalDate dateOfService) {
        return !dateOfService.isBefore(KnownIcdChanges.ICD10CM_START) && dateOfService.isBefore(releases.firstKey());
    }

    private String missingRelease(LocalDate date) {
        if (date.isBefore(KnownIcdChanges.ICD10CM_START)) {
            return "ICD-10-CM applies to dates of service from " + KnownIcdChanges.ICD10CM_START
                    + "; earlier dates are coded in ICD-9-CM";
        }
        IcdRelease last = lastRelease();
        return "the loaded releases end with " + last + " on " + last.validTo() + "; load CMS's " + FiscalYear.of(date)
                + " release (its order addenda, in code-sets' icd10cm_releases.tsv)";
    }

    private static final class Standard {
        static final IcdCodeSet INSTANCE = new IcdCodeSet(IcdReleaseManifest.standard().releases(),
                KnownIcdChanges.standard());
    }
}
