package org.medmassage.claims.x12;

import java.util.List;

/**
 * An interchange as read (ISA … IEA) with the envelope errors found at each level: {@code errors} are TA1 TA105 note
 * codes (001 ISA13 ≠ IEA02, 021 group count, 024 invalid content), a group's are AK905 codes (4 GS06 ≠ GE02, 5 set
 * count) and a transaction set's IK502 codes (3 ST02 ≠ SE02, 4 SE01 ≠ the segments counted) and IK3/IK4 errors.
 */
public record Interchange(String controlNumber, String date, String time, String senderQualifier, String senderId,
        String receiverQualifier, String receiverId, List<String> errors, List<FunctionalGroup> groups) {

    public Interchange {
        errors = List.copyOf(errors);
        groups = List.copyOf(groups);
    }

    public record FunctionalGroup(String functionalId, String controlNumber, String senderCode, String receiverCode,
            String version, List<String> errors, List<TransactionSet> transactionSets) {

        public FunctionalGroup {
            errors = List.copyOf(errors);
            transactionSets = List.copyOf(transactionSets);
        }
    }

    public record TransactionSet(String type, String controlNumber, String version, List<X12Segment> segments,
            List<String> errors, List<SegmentError> segmentErrors) {

        public TransactionSet {
            segments = List.copyOf(segments);
            errors = List.copyOf(errors);
            segmentErrors = List.copyOf(segmentErrors);
        }

        public boolean wellFormed() {
            return errors.isEmpty() && segmentErrors.isEmpty();
        }
    }
}
