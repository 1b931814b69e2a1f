package org.medmassage.authorization.decision;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.medmassage.authorization.time.DateWindow;

/** What the policy answers for a request; every outcome but a total approval carries a specific reason (§6.3). */
public sealed interface Decision {

    AuthorizationStatus status();

    /** The visits an approval certifies; empty for a denial or a pend. */
    default Optional<Integer> certifiedVisits() {
        return Optional.empty();
    }

    /** A1: everything requested, from the requested start. */
    record Approved(int visits, List<String> procedureCodes, DateWindow window) implements Decision {
        public Approved {
            procedureCodes = List.copyOf(procedureCodes);
        }

        @Override
        public Optional<Integer> certifiedVisits() {
            return Optional.of(visits);
        }

        @Override
        public AuthorizationStatus status() {
            return AuthorizationStatus.APPROVED;
        }
    }

    /** A2: fewer visits, fewer codes or a shorter window than requested. */
    record PartiallyApproved(int visits, List<String> procedureCodes, DateWindow window, String reason)
            implements Decision {
        public PartiallyApproved {
            procedureCodes = List.copyOf(procedureCodes);
            Objects.requireNonNull(reason, "a partial approval says what was cut and why");
        }

        @Override
        public Optional<Integer> certifiedVisits() {
            return Optional.of(visits);
        }

        @Override
        public AuthorizationStatus status() {
            return AuthorizationStatus.PARTIALLY_APPROVED;
        }
    }

    /**
     * A3: not certified, with the specific reason CMS-0057-F requires: a code (the rulebook ID the denial rests on,
     * {@link DenialReasons}) and the plain-language text.
     */
    record Denied(String reasonCode, String reason) implements Decision {
        public Denied {
            Objects.requireNonNull(reasonCode, "a denial names the rule it rests on");
            Objects.requireNonNull(reason, "a denial gives a specific reason");
        }

        @Override
        public AuthorizationStatus status() {
            return AuthorizationStatus.DENIED;
        }
    }

    /** A4: cannot be decided yet (the referral has not arrived). */
    record Pended(String reason) implements Decision {
        public Pended {
            Objects.requireNonNull(reason, "a pend says what it waits for");
        }

        @Override
        public AuthorizationStatus status() {
            return AuthorizationStatus.PENDED;
        }
    }
}
