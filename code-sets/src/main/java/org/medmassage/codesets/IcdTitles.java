package org.medmassage.codesets;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Titles of the codes of this domain, for messages and letters: the ~150 codes of the order-file excerpt and the
 * curated massage list, and every code a shipped addenda added or retitled (the full CMS descriptions file is not
 * shipped); absence says nothing about validity — ask {@link IcdCodeSet}.
 */
public final class IcdTitles {

    private static final String ORDER_EXCERPT = "icd10cm_order_2026_excerpt.txt";
    private static final String MASSAGE_RELEVANT = "icd10cm_fy2026_massage_relevant.tsv";

    private final Map<IcdCode, String> titles;

    public IcdTitles(Map<IcdCode, String> titles) {
        this.titles = Map.copyOf(titles);
    }

    public static IcdTitles standard() {
        Map<IcdCode, String> titles = new HashMap<>();
        ClasspathData.tsvRows(MASSAGE_RELEVANT).forEach(row -> titles.put(IcdCode.of(row[1]), row[3]));
        // The order file is the CMS wording: it wins over the curated list's titles.
        for (String line : ClasspathData.lines(ORDER_EXCERPT)) {
            String[] columns = line.trim().split("\\s+", 4);
            titles.put(IcdCode.of(columns[1]), columns[3]);
        }
        // The shipped releases' own titles (codes added or retitled since FY2026) are the latest CMS wording.
        titles.putAll(IcdReleaseManifest.standard().titles());
        return new IcdTitles(titles);
    }

    public Optional<String> title(String code) {
        return IcdCode.parse(code).map(titles::get);
    }
}
