package org.medmassage.claims.intake;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.medmassage.codesets.problem.FieldProblem;

/**
 * Service-line edits that need no pricing: the line's date, how the time is reported, diagnosis pointers, one line per
 * code.
 */
final class LineChecks {

    private LineChecks() {
    }

    static List<FieldProblem> problems(ClaimSubmission submission) {
        List<FieldProblem> problems = new ArrayList<>();
        Map<String, Integer> firstLineOfCode = new HashMap<>();
        for (int i = 0; i < submission.lines().size(); i++) {
            SubmittedLine line = submission.lines().get(i);
            String field = "lines[" + i + "]";
            timeReporting(field, line).ifPresent(problems::add);
            lineDate(field, line, submission.dateOfService()).ifPresent(problems::add);
            problems.addAll(pointers(field, line, submission.diagnosisCodes().size()));
            Integer earlier = firstLineOfCode.putIfAbsent(line.procedureCode(), i);
            if (earlier != null) {
                // CPT-01 step 4: all units of one code for one date of service on one line (splitting invites OA-18).
                problems.add(new FieldProblem(field + ".procedureCode", "CPT-01", line.procedureCode()
                        + " is already billed on lines[" + earlier + "]; report all its units on one line"));
            }
        }
        return problems;
    }

    // RULEBOOK §8.1 2400 DTP*472: a single date per line, and the claim is one date of service (Claim aggregate)
    private static Optional<FieldProblem> lineDate(String field, SubmittedLine line, LocalDate claimDate) {
        if (line.dateOfService() == null || line.dateOfService().equals(claimDate)) {
            return Optional.empty();
        }
        return Optional.of(new FieldProblem(field + ".dateOfService", "DTP*472", "one claim per date of service: "
                + "bill other dates on their own claim (this line is dated " + line.dateOfService() + ", the claim "
                + claimDate + "; RULEBOOK §8.1 DTP*472 is a single date)"));
    }

    /** Whether the line reports exactly one of minutes and units. */
    static boolean hasOneTimeMeasure(SubmittedLine line) {
        return (line.minutes() == null) != (line.units() == null);
    }

    private static Optional<FieldProblem> timeReporting(String field, SubmittedLine line) {
        if (line.minutes() == null && line.units() == null) {
            return Optional.of(new FieldProblem(field + ".minutes", "CPT-01",
                    "report the treatment minutes (converted by the 8-minute rule) or the units"));
        }
        if (line.minutes() != null && line.units() != null) {
            return Optional.of(new FieldProblem(field + ".units", "CPT-01",
                    "report minutes or units, not both"));
        }
        return Optional.empty();
    }

    private static List<FieldProblem> pointers(String field, SubmittedLine line, int diagnosisCount) {
        List<FieldProblem> problems = new ArrayList<>();
        for (int j = 0; j < line.diagnosisPointers().size(); j++) {
            Integer pointer = line.diagnosisPointers().get(j);
            if (pointer == null || pointer < 1 || pointer > diagnosisCount) {
                // 837P SV107: a pointer names one of the claim's diagnosis codes by position, 1-based.
                problems.add(new FieldProblem(field + ".diagnosisPointers[" + j + "]", "DiagnosisPointer",
                        "pointer " + pointer + " does not point at one of the " + diagnosisCount + " diagnosis codes"));
            }
        }
        return problems;
    }
}
