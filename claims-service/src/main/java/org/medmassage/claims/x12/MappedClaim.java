package org.medmassage.claims.x12;

import java.util.Map;
import org.medmassage.claims.intake.ClaimSubmission;
import org.medmassage.codesets.problem.FieldProblem;

/**
 * One 2300 claim mapped to the intake's {@link ClaimSubmission}, with where each field came from, so that a problem
 * the intake names by field ({@code lines[1].procedureCode}) is answered at its segment and element in the 999.
 */
public record MappedClaim(String patientControlNumber, ClaimSubmission submission, X12Segment clm,
        Map<String, Source> sources) {

    public MappedClaim {
        sources = Map.copyOf(sources);
    }

    /** The element a field was read from (component 0: the whole element; element 0: the segment as a whole). */
    public record Source(X12Segment segment, int element, int component) {
    }

    /**
     * The 999 error for an intake problem: at the element the field came from, else at the segment of its nearest
     * mapped parent ({@code lines[1]} for {@code lines[1].units}), else at the CLM. IK403 7 (invalid value) when the
     * element holds something, I9 (required by the implementation, missing) when it is empty.
     */
    public SegmentError errorFor(FieldProblem problem) {
        Source source = sourceOf(problem.field());
        if (source.element() == 0) {
            return new SegmentError(source.segment().tag(), source.segment().position(), SegmentError.ELEMENT_ERRORS,
                    null, patientControlNumber);
        }
        boolean empty = source.segment().component(source.element(), Math.max(source.component(), 1)).isEmpty();
        return SegmentError.element(source.segment(), source.element(), source.component(),
                empty ? SegmentError.ElementError.IMPLEMENTATION_MISSING : SegmentError.ElementError.INVALID_CODE,
                patientControlNumber);
    }

    private Source sourceOf(String field) {
        String key = field == null ? "" : field;
        while (!key.isEmpty()) {
            Source found = sources.get(key);
            if (found != null) {
                return found;
            }
            int cut = Math.max(key.lastIndexOf('.'), key.lastIndexOf('['));
            key = cut < 0 ? "" : key.substring(0, cut);
        }
        return new Source(clm, 0, 0);
    }
}
