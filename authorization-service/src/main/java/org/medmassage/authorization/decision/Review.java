package org.medmassage.authorization.decision;

import java.util.Objects;

/**
 * Who decided a pended request by hand, and why (§6.2): the reviewer's subject from their token and their rationale.
 * An authorization decided by the rules alone has none.
 */
public record Review(String reviewer, String note) {

    public Review {
        Objects.requireNonNull(reviewer, "reviewer");
        Objects.requireNonNull(note, "a reviewer's decision says why");
    }
}
