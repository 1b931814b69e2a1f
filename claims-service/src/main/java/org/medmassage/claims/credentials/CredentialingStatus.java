package org.medmassage.claims.credentials;

/** Where the provider stands with the payer's credentialing; only CREDENTIALED is paid (decision 0060). */
public enum CredentialingStatus {
    CREDENTIALED,
    PENDING,
    TERMINATED
}
