package org.medmassage.codesets;

import java.util.Objects;

/** One code of the NUCC Health Care Provider Taxonomy (837P PRV03), e.g. 225700000X Massage Therapist. */
public record ProviderTaxonomy(String code, String grouping, String displayName) {

    public ProviderTaxonomy {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(displayName, "displayName");
    }
}
