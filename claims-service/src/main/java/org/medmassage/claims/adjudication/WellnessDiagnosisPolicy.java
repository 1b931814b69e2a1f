package org.medmassage.claims.adjudication;

import java.util.List;
import java.util.Objects;
import org.medmassage.claims.reason.ClaimRejections;
import org.medmassage.codesets.WellnessRedFlags;

/**
 * MN-07: a service whose diagnoses are all wellness codes (stress, fatigue, a general exam: the payer's list) is not
 * medically necessary, so its line is denied CO-50 before authorization and cost share; one supporting diagnosis
 * pointed at by the line is enough. A line's diagnoses are those its pointers name (837P SV107), or the claim's when
 * it points at none. A claim whose every line is wellness-only is therefore denied whole.
 */
public final class WellnessDiagnosisPolicy {

    private final WellnessRedFlags redFlags;

    public WellnessDiagnosisPolicy(WellnessRedFlags redFlags) {
        this.redFlags = Objects.requireNonNull(redFlags, "redFlags");
    }

    /** The lines of {@code claim} still open for cost share that point only at wellness codes, each denied CO-50. */
    public List<UncoveredLine> notMedicallyNecessary(Claim claim) {
        List<String> diagnoses = claim.header().diagnosisCodes();
        return claim.linesForCostShare().stream()
                .map(line -> new Pointed(line, pointedAt(line, diagnoses)))
                .filter(pointed -> !pointed.diagnoses().isEmpty()
                        && pointed.diagnoses().stream().allMatch(redFlags::isRedFlag))
                .map(pointed -> new UncoveredLine(pointed.line().lineNumber(), ClaimRejections.notMedicallyNecessary(
                        pointed.line().procedureCode(), pointed.diagnoses())))
                .toList();
    }

    /** The line's diagnoses: those its pointers name (837P SV107), or the claim's when it points at none. */
    static List<String> pointedAt(ClaimLine line, List<String> diagnoses) {
        if (line.diagnosisPointers().isEmpty()) {
            return diagnoses;
        }
        // pointers are 1-based and in range: the Claim refuses any other
        return line.diagnosisPointers().stream().map(pointer -> diagnoses.get(pointer - 1)).distinct().toList();
    }

    private record Pointed(ClaimLine line, List<String> diagnoses) {
    }
}
