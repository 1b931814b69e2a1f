package org.medmassage.claims.x12;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The 999 implementation acknowledgment (005010X231A1) of an 837P interchange (decision 0078): per transaction set an
 * AK2 with the IK3 (segment, position from ST, IK304 code), CTX*CLM01 (the claim), IK4 (element position, IK403 code,
 * the bad data) of each error and IK5 A, E (accepted, errors noted) or R; AK9 A, E, P (some accepted) or R (none). An interchange whose
 * ISA/IEA is at fault is answered with a TA1 R instead, as nothing in it can be acknowledged.
 */
public final class Acknowledgment999 {

    /**
     * What became of one transaction set: accepted (its claims stored, with the {@code warnings} noted: IK5 E), or
     * rejected with its errors.
     */
    public record SetOutcome(Interchange.TransactionSet set, List<String> setErrors, List<SegmentError> errors,
            List<SegmentError> warnings) {

        public SetOutcome {
            setErrors = List.copyOf(setErrors);
            errors = List.copyOf(errors);
            warnings = List.copyOf(warnings);
        }

        public boolean accepted() {
            return setErrors.isEmpty() && errors.isEmpty();
        }
    }

    static final String VERSION = "005010X231A1";

    private Acknowledgment999() {
    }

    /** TA1 R with the TA105 note code: the interchange is not acknowledged further (no group is read). */
    public static String interchangeRejected(Interchange received, long controlNumber, LocalDateTime now) {
        X12Writer out = new X12Writer().interchange(received.receiverQualifier(), received.receiverId(),
                received.senderQualifier(), received.senderId(), controlNumber, now);
        out.raw("TA1", received.controlNumber(), received.date(), received.time(), "R", received.errors().get(0));
        return out.endInterchange(0, controlNumber).text();
    }

    /** One 999 per functional group received ({@code outcomes} in the groups' order), in one interchange back. */
    public static String of(Interchange received, List<List<SetOutcome>> outcomes,
            long controlNumber, LocalDateTime now) {
        X12Writer out = new X12Writer().interchange(received.receiverQualifier(), received.receiverId(),
                received.senderQualifier(), received.senderId(), controlNumber, now);
        int group = 0;
        for (Interchange.FunctionalGroup received837 : received.groups()) {
            group++;
            long groupControl = controlNumber * 10 + group;
            out.group("FA", received837.receiverCode(), received837.senderCode(), groupControl, VERSION, now);
            String setControl = String.format("%04d", group);
            out.startSet("999", setControl, VERSION);
            out.segment("AK1", received837.functionalId(), received837.controlNumber(), received837.version());
            List<SetOutcome> sets = outcomes.get(group - 1);
            int accepted = 0;
            boolean noted = false;
            for (SetOutcome set : sets) {
                transactionSet(out, set);
                accepted += set.accepted() ? 1 : 0;
                noted |= !set.warnings().isEmpty();
            }
            String groupCode = !received837.errors().isEmpty() || accepted == 0 ? "R"
                    : accepted < sets.size() ? "P" : noted ? "E" : "A";
            out.segment("AK9", groupCode, String.valueOf(sets.size()), String.valueOf(sets.size()),
                    String.valueOf(accepted), received837.errors().isEmpty() ? "" : received837.errors().get(0));
            out.endSet(setControl).endGroup(1, groupControl);
        }
        return out.endInterchange(group, controlNumber).text();
    }

    private static void transactionSet(X12Writer out, SetOutcome outcome) {
        Interchange.TransactionSet set = outcome.set();
        out.segment("AK2", set.type(), set.controlNumber(), set.version());
        List<SegmentError> errors = new ArrayList<>(outcome.errors());
        errors.addAll(outcome.warnings());
        for (SegmentError error : errors) {
            out.segment("IK3", error.tag(), String.valueOf(error.position()), "", error.segmentCode());
            if (error.patientControlNumber() != null && !error.patientControlNumber().isEmpty()) {
                out.segment("CTX", "CLM01:" + error.patientControlNumber());
            }
            if (error.element() != null) {
                SegmentError.ElementError element = error.element();
                String at = element.component() > 0 ? element.element() + ":" + element.component()
                        : String.valueOf(element.element());
                out.segment("IK4", at, "", element.code(), clean(element.badValue()));
            }
        }
        if (outcome.accepted()) {
            out.segment("IK5", outcome.warnings().isEmpty() ? "A" : "E");
        } else {
            out.segment("IK5", "R", outcome.setErrors().isEmpty() ? "5" : outcome.setErrors().get(0));
        }
    }

    // IK404 copies the bad data; a delimiter in it would break the 999
    private static String clean(String value) {
        return value == null ? "" : value.replaceAll("[*:~^\\r\\n]", " ").strip();
    }
}
