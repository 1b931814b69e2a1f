package org.medmassage.codesets;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The provider taxonomies a claims payer recognises: the subset of the NUCC code set for the practitioners and
 * clinics of massage and manual therapy (NOTICE.md). A code outside it is refused when a provider is registered, so a
 * typo never reaches a claim; production loads NUCC's full CSV in its place.
 */
public final class TaxonomyCodeSet {

    private static final String SUBSET = "nucc_taxonomy_massage_subset.tsv";
    private static final String SHAPE = "[0-9]{3}[0-9A-Z]{6}X";

    private final Map<String, ProviderTaxonomy> byCode;

    public TaxonomyCodeSet(Collection<ProviderTaxonomy> taxonomies) {
        Map<String, ProviderTaxonomy> codes = new LinkedHashMap<>();
        for (ProviderTaxonomy taxonomy : taxonomies) {
            if (!taxonomy.code().matches(SHAPE)) {
                throw new IllegalArgumentException("not a NUCC taxonomy code: " + taxonomy.code());
            }
            if (codes.put(taxonomy.code(), taxonomy) != null) {
                throw new IllegalArgumentException("taxonomy listed twice: " + taxonomy.code());
            }
        }
        this.byCode = Map.copyOf(codes);
    }

    public static TaxonomyCodeSet standard() {
        return Holder.STANDARD;
    }

    /** The taxonomy of {@code code} (case as NUCC writes it: upper case), or empty for a code not in the set. */
    public Optional<ProviderTaxonomy> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(byCode.get(code));
    }

    public boolean isKnown(String code) {
        return find(code).isPresent();
    }

    public int size() {
        return byCode.size();
    }

    private static final class Holder {
        private static final TaxonomyCodeSet STANDARD = new TaxonomyCodeSet(ClasspathData.tsvRows(SUBSET).stream()
                .map(row -> new ProviderTaxonomy(row[0], row[1], row[2])).toList());
    }
}
