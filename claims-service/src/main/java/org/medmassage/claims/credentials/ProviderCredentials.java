package org.medmassage.claims.credentials;

import java.util.List;
import java.util.Optional;

/**
 * What the payer holds on a rendering provider beyond name, network and rates (issue 19 item 1): its taxonomies (the
 * first is the primary), its practice address, its licences and its credentialing history. A provider registered
 * before credentials existed has none on file ({@link #none()}), which the eligibility rule treats apart.
 */
public record ProviderCredentials(List<Taxonomy> taxonomies, PracticeAddress practiceAddress, List<Licence> licences,
        CredentialingHistory credentialing) {

    public ProviderCredentials {
        taxonomies = List.copyOf(taxonomies);
        licences = List.copyOf(licences);
        credentialing = credentialing == null ? CredentialingHistory.none() : credentialing;
    }

    public static ProviderCredentials none() {
        return new ProviderCredentials(List.of(), null, List.of(), CredentialingHistory.none());
    }

    public boolean onFile() {
        return !taxonomies.isEmpty() || practiceAddress != null || !licences.isEmpty() || !credentialing.isEmpty();
    }

    public Optional<Taxonomy> primaryTaxonomy() {
        return taxonomies.stream().findFirst();
    }

    public Optional<PracticeAddress> address() {
        return Optional.ofNullable(practiceAddress);
    }
}
