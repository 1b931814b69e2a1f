package org.medmassage.claims.x12;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The 837P files under src/test/resources/x12 (origins in its README), and edits of them for bad-input tests. */
public final class X12Fixtures {

    private X12Fixtures() {
    }

    public static String text(String name) {
        try (InputStream in = X12Fixtures.class.getResourceAsStream("/x12/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture x12/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The story's two visits (97124, M54.50) billed for {@code memberId}. */
    public static String story(String memberId) {
        return text("massage-story.837").replace("M-STORY01", memberId).replace("~\n", "~");
    }

    /** {@code text} with each SE01 counting the segments of its transaction set again, after an edit. */
    public static String recounted(String text) {
        String[] segments = text.replace("~\n", "~").split("~");
        StringBuilder out = new StringBuilder();
        int count = 0;
        for (String segment : segments) {
            count = segment.startsWith("ST*") ? 1 : count + 1;
            out.append(segment.startsWith("SE*") ? "SE*" + count + segment.substring(segment.indexOf('*', 3))
                    : segment).append('~');
        }
        return out.toString();
    }

    /** {@code text} with its first {@code from} replaced by {@code to} (one segment's edit). */
    public static String edited(String text, String from, String to) {
        int at = text.indexOf(from);
        if (at < 0) {
            throw new IllegalArgumentException("no " + from + " in the fixture");
        }
        return text.substring(0, at) + to + text.substring(at + from.length());
    }
}
