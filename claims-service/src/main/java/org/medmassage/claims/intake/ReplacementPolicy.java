package org.medmassage.claims.intake;

import java.util.Optional;
import org.medmassage.claims.adjudication.Claim;
import org.medmassage.claims.adjudication.ClaimStatus;
import org.medmassage.codesets.problem.FieldProblem;

/**
 * Whether a claim's frequency (CLM05-3) fits the prior claim it names (REF*F8): an original names none; a replacement
 * (7) or a void (8) names a decided, standing claim of the same member and rendering provider. An unknown id and
 * another member's or provider's claim get the same answer, so a provider learns nothing of claims not its own.
 */
public final class ReplacementPolicy {

    static final String FIELD = "originalClaimId";
    static final String RULE = "CLM05-3";

    private ReplacementPolicy() {
    }

    /** The problem with {@code submission}'s frequency, given the claim it names ({@code original}, when found). */
    public static Optional<FieldProblem> problem(ClaimSubmission submission, Optional<Claim> original) {
        // RULEBOOK §8.1 2300 CLM05-3 / REF*F8: the original payer claim number goes with frequency 7 or 8 only
        ClaimFrequency frequency = submission.frequency();
        String originalId = submission.originalClaimId();
        if (!frequency.namesOriginal()) {
            return originalId == null ? Optional.empty() : problem("an original claim (frequencyCode 1) names no "
                    + "originalClaimId: send frequencyCode 7 to replace claim " + originalId + " or 8 to void it");
        }
        if (originalId == null) {
            return problem(what(frequency) + " (frequencyCode " + frequency.code() + ") needs originalClaimId: the "
                    + "claim id POST /claims answered for the claim it " + verb(frequency) + " (REF*F8)");
        }
        Optional<Claim> own = original.filter(claim -> claim.memberId().equals(submission.memberId())
                && claim.header().renderingProviderNpi().equals(submission.renderingProviderNpi()));
        if (own.isEmpty()) {
            return problem("no claim " + originalId + " of member " + submission.memberId() + " billed by NPI "
                    + submission.renderingProviderNpi() + ": " + what(frequency) + " names a claim of the same "
                    + "member and rendering provider");
        }
        Claim claim = own.get();
        if (claim.status() == ClaimStatus.VOIDED) {
            return problem("claim " + originalId + " is voided already"
                    + claim.voiding().flatMap(v -> v.replacedBy()).map(by -> " (replaced by claim " + by + ")")
                            .orElse("") + ": there is nothing left to " + infinitive(frequency));
        }
        if (!claim.status().isTerminal()) {
            return problem("claim " + originalId + " is still being adjudicated (" + claim.status() + "): only a "
                    + "PAID, PARTIALLY_PAID or DENIED claim can be " + participle(frequency) + "; wait for its "
                    + "remittance");
        }
        return Optional.empty();
    }

    private static Optional<FieldProblem> problem(String message) {
        return Optional.of(new FieldProblem(FIELD, RULE, message));
    }

    private static String what(ClaimFrequency frequency) {
        return frequency == ClaimFrequency.REPLACEMENT ? "a replacement claim" : "a void";
    }

    private static String verb(ClaimFrequency frequency) {
        return frequency == ClaimFrequency.REPLACEMENT ? "replaces" : "voids";
    }

    private static String infinitive(ClaimFrequency frequency) {
        return frequency == ClaimFrequency.REPLACEMENT ? "replace" : "void";
    }

    private static String participle(ClaimFrequency frequency) {
        return frequency == ClaimFrequency.REPLACEMENT ? "replaced" : "voided";
    }
}
