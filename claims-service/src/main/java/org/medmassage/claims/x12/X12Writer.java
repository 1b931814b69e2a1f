package org.medmassage.claims.x12;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Writes segments with the delimiters this payer sends ({@code *} element, {@code :} component, {@code ^} repetition,
 * {@code ~} segment, one a line) and the ISA/GS/ST … SE/GE/IEA envelope around them, counting SE01 as it goes.
 */
final class X12Writer {

    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");
    private static final DateTimeFormatter CCYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter HHMM = DateTimeFormatter.ofPattern("HHmm");

    private final StringBuilder text = new StringBuilder();
    private int setSegments;

    /** ISA sender/receiver (qualifier, id) and the control number, of which ISA13 and GS06 keep the last 9 digits. */
    X12Writer interchange(String senderQualifier, String senderId, String receiverQualifier, String receiverId,
            long controlNumber, LocalDateTime now) {
        raw("ISA", "00", " ".repeat(10), "00", " ".repeat(10), senderQualifier, pad(senderId), receiverQualifier,
                pad(receiverId), now.format(YYMMDD), now.format(HHMM), "^", "00501", control(controlNumber), "0", "P",
                ":");
        return this;
    }

    X12Writer group(String functionalId, String senderCode, String receiverCode, long controlNumber,
            String version, LocalDateTime now) {
        raw("GS", functionalId, senderCode, receiverCode, now.format(CCYYMMDD), now.format(HHMM),
                String.valueOf(controlNumber % 1_000_000_000L), "X", version);
        return this;
    }

    X12Writer startSet(String type, String controlNumber, String version) {
        setSegments = 0;
        return segment("ST", type, controlNumber, version);
    }

    X12Writer endSet(String controlNumber) {
        return segment("SE", String.valueOf(setSegments + 1), controlNumber);
    }

    X12Writer endGroup(int sets, long controlNumber) {
        raw("GE", String.valueOf(sets), String.valueOf(controlNumber % 1_000_000_000L));
        return this;
    }

    X12Writer endInterchange(int groups, long controlNumber) {
        raw("IEA", String.valueOf(groups), control(controlNumber));
        return this;
    }

    /** A segment inside a transaction set (counted for SE01); trailing empty elements are dropped. */
    X12Writer segment(String tag, String... elements) {
        setSegments++;
        return raw(tag, elements);
    }

    X12Writer raw(String tag, String... elements) {
        int last = elements.length;
        while (last > 0 && (elements[last - 1] == null || elements[last - 1].isEmpty())) {
            last--;
        }
        text.append(tag);
        for (int i = 0; i < last; i++) {
            text.append('*').append(elements[i] == null ? "" : elements[i]);
        }
        text.append("~\n");
        return this;
    }

    String text() {
        return text.toString();
    }

    static String control(long controlNumber) {
        return String.format("%09d", controlNumber % 1_000_000_000L);
    }

    private static String pad(String id) {
        String value = id == null ? "" : id;
        return value.length() >= 15 ? value.substring(0, 15) : value + " ".repeat(15 - value.length());
    }
}
