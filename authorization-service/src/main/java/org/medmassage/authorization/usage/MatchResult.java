package org.medmassage.authorization.usage;

import java.util.List;
import java.util.Objects;

/** Which authorization covers a billed visit (PA-03), or the coded reason none does (PA-05). */
public sealed interface MatchResult {

    /**
     * {@code codesNotAuthorized}: billed codes the authorization does not cover while it covers the others; their lines
     * are denied CO-284 and the rest of the visit adjudicates normally (PA-05, Example 6d).
     */
    record Usable(AuthorizedVisits authorization, List<String> codesNotAuthorized) implements MatchResult {

        public Usable {
            Objects.requireNonNull(authorization, "authorization");
            codesNotAuthorized = List.copyOf(codesNotAuthorized);
        }

        /** Every billed code authorized. */
        public Usable(AuthorizedVisits authorization) {
            this(authorization, List.of());
        }

        public boolean coversEveryCode() {
            return codesNotAuthorized.isEmpty();
        }
    }

    record Unusable(Rejection rejection) implements MatchResult {
    }
}
