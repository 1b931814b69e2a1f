package org.medmassage.claims.x12;

import java.util.List;

/**
 * One segment as read: its tag, its position in the transaction set (ST = 1, as a 999's IK302 counts; 0 for the
 * interchange and group envelopes) and its elements, each a list of components (a simple element has one).
 * Element and component numbers are 1-based, as X12 names them (SV1-1-2 = {@code component(1, 2)}).
 */
public record X12Segment(String tag, int position, List<List<String>> elements) {

    public X12Segment {
        elements = elements.stream().map(List::copyOf).toList();
    }

    /** The element's first component, "" when absent. */
    public String element(int number) {
        return component(number, 1);
    }

    public String component(int number, int component) {
        if (number < 1 || number > elements.size()) {
            return "";
        }
        List<String> components = elements.get(number - 1);
        return component < 1 || component > components.size() ? "" : components.get(component - 1);
    }

    public int elementCount() {
        return elements.size();
    }

    /** NM1*IL, REF*G1, DTP*472: the segment with this first element. */
    public boolean is(String segmentTag, String qualifier) {
        return tag.equals(segmentTag) && element(1).equals(qualifier);
    }
}
