package org.medmassage.claims.x12;

import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamReader;
import io.xlate.edi.stream.EDIStreamValidationError;
import io.xlate.edi.stream.Location;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an X12 interchange with staedi, which checks the envelopes (ISA/IEA, GS/GE, ST/SE: control numbers and
 * counts) but not the 837P's own layout — {@link Claim837Mapper} checks what it maps. Errors are sorted by the
 * envelope they belong to (decision 0078): ISA/IEA → TA1, GS/GE → AK9, ST/SE → IK5, any other segment → IK3/IK4.
 */
public final class X12Reader {

    /** The body is not an X12 interchange at all (no ISA, or an ISA staedi cannot read): a 400, not a 999. */
    public static class NotX12 extends Exception {
        public NotX12(String message) {
            super(message);
        }
    }

    private X12Reader() {
    }

    public static Interchange read(String body) throws NotX12 {
        String text = body == null ? "" : body.strip();
        if (!text.startsWith("ISA")) {
            throw new NotX12("the body does not start with an ISA segment");
        }
        EDIInputFactory factory = EDIInputFactory.newFactory();
        try (EDIStreamReader reader = factory.createEDIStreamReader(
                new ByteArrayInputStream(text.getBytes(StandardCharsets.ISO_8859_1)))) {
            return new Walk(reader).interchange();
        } catch (EDIStreamException | IOException | RuntimeException unreadable) {
            throw new NotX12("the interchange cannot be read: " + unreadable.getMessage());
        }
    }

    /** One pass over the reader's events, building the segments and sorting the errors by envelope. */
    private static final class Walk {
        private final EDIStreamReader reader;
        private final List<String> interchangeErrors = new ArrayList<>();
        private final List<Interchange.FunctionalGroup> groups = new ArrayList<>();
        private final List<Interchange.TransactionSet> sets = new ArrayList<>();
        private List<String> groupErrors = new ArrayList<>();
        private List<String> setErrors = new ArrayList<>();
        private List<SegmentError> segmentErrors = new ArrayList<>();
        private List<X12Segment> setSegments = new ArrayList<>();
        private X12Segment isa;
        private X12Segment gs;
        private X12Segment st;
        private String tag;
        private List<List<String>> elements;
        private int position;

        Walk(EDIStreamReader reader) {
            this.reader = reader;
        }

        Interchange interchange() throws EDIStreamException, NotX12 {
            while (reader.hasNext()) {
                EDIStreamEvent event = reader.next();
                switch (event) {
                    case START_SEGMENT -> {
                        tag = reader.getText();
                        elements = new ArrayList<>();
                        position = st == null || tag.equals("ST") ? (tag.equals("ST") ? 1 : 0) : position + 1;
                    }
                    case ELEMENT_DATA -> element(reader.getLocation(), reader.getText());
                    case END_SEGMENT -> endSegment();
                    case SEGMENT_ERROR, ELEMENT_DATA_ERROR, ELEMENT_OCCURRENCE_ERROR ->
                            error(event, reader.getErrorType(), reader.getLocation());
                    default -> {
                    }
                }
            }
            if (isa == null) {
                throw new NotX12("no ISA segment was read");
            }
            return new Interchange(isa.element(13), isa.element(9), isa.element(10), isa.element(5), isa.element(6).strip(), isa.element(7),
                    isa.element(8).strip(), interchangeErrors, groups);
        }

        private void element(Location location, String text) {
            int number = location.getElementPosition();
            while (elements.size() < number) {
                elements.add(new ArrayList<>());
            }
            if (location.getElementOccurrence() > 1) {
                return; // repetitions are not used by the segments mapped here (decision 0078)
            }
            List<String> components = elements.get(number - 1);
            int component = Math.max(location.getComponentPosition(), 1);
            while (components.size() < component - 1) {
                components.add("");
            }
            components.add(text == null ? "" : text);
        }

        private void endSegment() {
            X12Segment segment = new X12Segment(tag, tag.equals("ST") || tag.equals("SE") || st != null ? position : 0,
                    elements);
            switch (tag) {
                case "ISA" -> isa = segment;
                case "GS" -> {
                    gs = segment;
                    groupErrors = new ArrayList<>();
                }
                case "ST" -> {
                    st = segment;
                    setErrors = new ArrayList<>();
                    segmentErrors = new ArrayList<>();
                    setSegments = new ArrayList<>(List.of(segment));
                }
                case "SE" -> {
                    setSegments.add(segment);
                    sets.add(new Interchange.TransactionSet(st.element(1), st.element(2), st.element(3), setSegments,
                            setErrors, segmentErrors));
                    st = null;
                }
                case "GE" -> {
                    X12Segment group = gs == null ? segment : gs;
                    groups.add(new Interchange.FunctionalGroup(group.element(1), group.element(6), group.element(2),
                            group.element(3), group.element(8), groupErrors, List.copyOf(sets)));
                    sets.clear();
                    gs = null;
                }
                default -> {
                    if (st != null) {
                        setSegments.add(segment);
                    }
                }
            }
        }

        private void error(EDIStreamEvent event, EDIStreamValidationError type, Location location) {
            String segmentTag = location.getSegmentTag() == null ? tag : location.getSegmentTag();
            switch (segmentTag == null ? "" : segmentTag) {
                case "ISA", "IEA" -> interchangeErrors.add(mismatch(type) ? "001"
                        : type == EDIStreamValidationError.CONTROL_COUNT_DOES_NOT_MATCH_ACTUAL_COUNT ? "021" : "024");
                case "GS", "GE" -> groupErrors.add(mismatch(type) ? "4" : counted(type) ? "5" : "1");
                case "ST", "SE" -> setErrors.add(mismatch(type) ? "3" : counted(type) ? "4" : "5");
                default -> segmentErrors.add(segmentError(event, type, segmentTag, location));
            }
        }

        private SegmentError segmentError(EDIStreamEvent event, EDIStreamValidationError type, String segmentTag,
                Location location) {
            int at = st == null ? 0 : position;
            if (event == EDIStreamEvent.SEGMENT_ERROR) {
                return SegmentError.segment(segmentTag, at, type == EDIStreamValidationError.UNRECOGNIZED_SEGMENT_ID
                        ? "1" : SegmentError.UNEXPECTED, null);
            }
            return new SegmentError(segmentTag, at, SegmentError.ELEMENT_ERRORS, new SegmentError.ElementError(
                    location.getElementPosition(), Math.max(location.getComponentPosition(), 0),
                    elementCode(type), reader.getText() == null ? "" : reader.getText()), null);
        }

        private static boolean mismatch(EDIStreamValidationError type) {
            return type == EDIStreamValidationError.CONTROL_REFERENCE_MISMATCH;
        }

        private static boolean counted(EDIStreamValidationError type) {
            return type == EDIStreamValidationError.CONTROL_COUNT_DOES_NOT_MATCH_ACTUAL_COUNT;
        }

        private static String elementCode(EDIStreamValidationError type) {
            return switch (type) {
                case REQUIRED_DATA_ELEMENT_MISSING -> "1";
                case TOO_MANY_DATA_ELEMENTS -> "3";
                case DATA_ELEMENT_TOO_SHORT -> "4";
                case DATA_ELEMENT_TOO_LONG -> "5";
                case INVALID_CHARACTER_DATA -> "6";
                case INVALID_DATE -> "8";
                case INVALID_TIME -> "9";
                case TOO_MANY_COMPONENTS -> "13";
                default -> "7";
            };
        }
    }
}
