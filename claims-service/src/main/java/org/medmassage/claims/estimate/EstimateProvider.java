package org.medmassage.claims.estimate;

import java.util.Objects;
import org.medmassage.claims.credentials.PracticeAddress;

/** The provider as a Good Faith Estimate names it (ALT-04): name, NPI, tax id (NN-NNNNNNN) and practice location. */
public record EstimateProvider(String name, String npi, String taxId, PracticeAddress practiceAddress) {

    public EstimateProvider {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(npi, "npi");
        Objects.requireNonNull(taxId, "taxId");
        Objects.requireNonNull(practiceAddress, "practiceAddress");
    }
}
