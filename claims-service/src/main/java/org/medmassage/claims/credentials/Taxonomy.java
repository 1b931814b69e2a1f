package org.medmassage.claims.credentials;

import java.util.Objects;

/** A NUCC provider taxonomy code (837P 2310B PRV03), e.g. 225700000X massage therapist; known codes: code-sets. */
public record Taxonomy(String code) {

    public Taxonomy {
        Objects.requireNonNull(code, "code");
        if (!code.matches("[0-9]{3}[0-9A-Z]{6}X")) {
            throw new IllegalArgumentException("not a NUCC taxonomy code: " + code);
        }
    }
}
