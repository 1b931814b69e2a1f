package org.medmassage.claims.x12;

/**
 * A 999 IK3 (segment) error with its IK4 (element) detail when one element is at fault. {@code segmentCode} is IK304
 * (2 unexpected segment, 3 required segment missing, 7 not in proper sequence, 8 segment has data element errors);
 * {@code element} is null for a segment-level error. {@code patientControlNumber} is the claim's CLM01 for the
 * 999's CTX*CLM01 business unit identifier, null outside a claim.
 */
public record SegmentError(String tag, int position, String segmentCode, ElementError element,
        String patientControlNumber) {

    public static final String UNEXPECTED = "2";
    public static final String REQUIRED_SEGMENT_MISSING = "3";
    public static final String OUT_OF_SEQUENCE = "7";
    public static final String ELEMENT_ERRORS = "8";

    /**
     * IK4: position in the segment (element, component), IK403 code (1 required element missing, 6 invalid
     * character, 7 invalid code value, 8 invalid date, I9 implementation dependent element missing, I12 pattern
     * failure) and IK404 a copy of the bad data (may be empty).
     */
    public record ElementError(int element, int component, String code, String badValue) {

        public static final String REQUIRED_MISSING = "1";
        public static final String INVALID_CHARACTER = "6";
        public static final String INVALID_CODE = "7";
        public static final String INVALID_DATE = "8";
        public static final String IMPLEMENTATION_MISSING = "I9";
    }

    /** A bad element of {@code segment}: IK304 8 with its IK4. */
    public static SegmentError element(X12Segment segment, int element, int component, String code,
            String patientControlNumber) {
        return new SegmentError(segment.tag(), segment.position(), ELEMENT_ERRORS,
                new ElementError(element, component, code, segment.component(element, Math.max(component, 1))),
                patientControlNumber);
    }

    /** A segment that is where it may not be (IK304 2 or 7) or missing (3), with no element at fault. */
    public static SegmentError segment(String tag, int position, String code, String patientControlNumber) {
        return new SegmentError(tag, position, code, null, patientControlNumber);
    }
}
