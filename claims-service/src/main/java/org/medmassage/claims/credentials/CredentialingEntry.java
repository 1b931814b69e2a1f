package org.medmassage.claims.credentials;

import java.time.LocalDate;
import java.util.Objects;

/** One change of credentialing status, in force from {@code effectiveFrom} until the next entry. */
public record CredentialingEntry(CredentialingStatus status, LocalDate effectiveFrom) {

    public CredentialingEntry {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
    }
}
