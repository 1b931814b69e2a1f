package org.medmassage.claims.adjudication;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.medmassage.claims.reason.ClaimRejections;

/**
 * Which lines of a newly received claim bill a service already on file: the same member, rendering provider, date of
 * service, procedure code and units as a line of another claim that still stands. A voided claim no longer stands (a
 * claim sent again after a void is paid), nor does a line denied as a duplicate itself (it was never the original).
 * A claim in the saga stands: two identical claims in flight are duplicates of each other (the first one wins). A
 * self-pay claim for a session the plan denied is not a duplicate of it: it is the way forward the EOB offered. Nor is
 * a claim to the health plan as secondary, carrying another payer's answer, a duplicate of that payer's claim for the
 * session: it is coordination of benefits (RULEBOOK §7.3, decision 0074).
 */
public final class DuplicateClaimPolicy {

    /** The duplicate lines of {@code claim}, each denied for its full charge with the line it repeats. */
    public List<UncoveredLine> duplicates(Claim claim, Collection<EarlierLine> onFile) {
        List<UncoveredLine> duplicates = new ArrayList<>();
        for (ClaimLine line : claim.lines()) {
            original(claim.header(), line, onFile).ifPresent(original -> duplicates.add(new UncoveredLine(
                    line.lineNumber(), ClaimRejections.exactDuplicate(line.procedureCode(), line.units(),
                            original.claimId(), original.lineNumber(), claim.dateOfService()))));
        }
        return duplicates;
    }

    // CARC 18 (RULEBOOK §3 carc_rarc table, CPT-01 step 4): the same service billed twice is an exact duplicate.
    private static Optional<EarlierLine> original(ClaimHeader header, ClaimLine line, Collection<EarlierLine> onFile) {
        return onFile.stream()
                .filter(earlier -> !earlier.claimId().equals(header.claimId()))
                .filter(earlier -> earlier.claimStatus() != ClaimStatus.VOIDED && !earlier.deniedAsDuplicate())
                // the way forward after a denial (decisions 0072, 0073): the patient pays the session the plan denied
                .filter(earlier -> !(header.payer().isSelfPay() && earlier.claimStatus() == ClaimStatus.DENIED))
                .filter(earlier -> !(header.payer().priorDenial().isPresent()
                        && earlier.payer() != header.payer().payer()))
                .filter(earlier -> earlier.memberId().equals(header.memberId())
                        && earlier.renderingProviderNpi().equals(header.renderingProviderNpi())
                        && earlier.dateOfService().equals(header.dateOfService())
                        && earlier.procedureCode().equals(line.procedureCode())
                        && earlier.units() == line.units())
                .findFirst();
    }
}
