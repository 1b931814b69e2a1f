package org.medmassage.claims.x12;

import static org.medmassage.claims.x12.SegmentError.ElementError.INVALID_CHARACTER;
import static org.medmassage.claims.x12.SegmentError.ElementError.INVALID_CODE;
import static org.medmassage.claims.x12.SegmentError.ElementError.REQUIRED_MISSING;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * 2400 SV1: {@code SV1*HC:97124:GP*120*UN*2***1:2} — HC code with up to 4 modifiers, the charge, UN units or MJ minutes
 * (the 8-minute rule then counts the units, CPT-01), the quantity and up to 4 diagnosis pointers.
 */
final class ServiceLine837 {

    // the limits POST /claims validates (web/ClaimLineRequest): a day of minutes, a day of 15-minute units
    static final int MAX_MINUTES = 24 * 60;
    static final int MAX_UNITS = MAX_MINUTES / 15;
    private static final String PATTERN_FAILURE = "I12";

    private ServiceLine837() {
    }

    static void read(X12Segment s, ClaimDraft claim, List<SegmentError> errors) {
        ClaimDraft.LineDraft line = claim.line();
        String field = "lines[" + (claim.lines.size() - 1) + "]";
        String pcn = claim.patientControlNumber;
        line.sv1 = s;
        if (!s.component(1, 1).equals("HC")) {
            errors.add(SegmentError.element(s, 1, 1, s.component(1, 1).isEmpty() ? REQUIRED_MISSING : INVALID_CODE,
                    pcn));
        }
        line.procedureCode = s.component(1, 2);
        claim.source(field + ".procedureCode", s, 1, 2);
        List<String> modifiers = new ArrayList<>();
        for (int component = 3; component <= 6; component++) {
            String modifier = s.component(1, component);
            if (modifier.isEmpty()) {
                continue;
            }
            if (!modifier.matches("[0-9A-Z]{2}")) {
                errors.add(SegmentError.element(s, 1, component, INVALID_CODE, pcn));
            }
            modifiers.add(modifier);
        }
        line.modifiers = modifiers;
        claim.source(field + ".modifiers", s, 1, 3);
        line.charge = amount(s, 2, pcn, errors);
        claim.source(field + ".charge", s, 2, 0);
        Integer quantity = whole(s, 4, pcn, errors);
        int most = s.element(3).equals("MJ") ? MAX_MINUTES : MAX_UNITS;
        int least = s.element(3).equals("MJ") ? 0 : 1;
        if (quantity != null && (quantity < least || quantity > most)) {
            errors.add(SegmentError.element(s, 4, 0, PATTERN_FAILURE, pcn));
        }
        switch (s.element(3)) {
            case "UN" -> {
                line.units = quantity;
                claim.source(field + ".units", s, 4, 0);
            }
            case "MJ" -> {
                line.minutes = quantity;
                claim.source(field + ".minutes", s, 4, 0);
            }
            default -> errors.add(SegmentError.element(s, 3, 0,
                    s.element(3).isEmpty() ? REQUIRED_MISSING : INVALID_CODE, pcn));
        }
        List<Integer> pointers = new ArrayList<>();
        for (int component = 1; component <= 4; component++) {
            String pointer = s.component(7, component);
            if (pointer.isEmpty()) {
                continue;
            }
            if (!pointer.matches("[0-9]{1,2}")) {
                errors.add(SegmentError.element(s, 7, component, INVALID_CHARACTER, pcn));
            } else {
                pointers.add(Integer.parseInt(pointer));
            }
        }
        if (s.component(7, 1).isEmpty()) {
            errors.add(SegmentError.element(s, 7, 1, REQUIRED_MISSING, pcn));
        }
        line.pointers = pointers;
        claim.source(field + ".diagnosisPointers", s, 7, 1);
    }

    // an R (decimal) element: at most 2 decimals, as money is kept (scale 2)
    private static BigDecimal amount(X12Segment s, int element, String pcn, List<SegmentError> errors) {
        try {
            BigDecimal value = new BigDecimal(s.element(element));
            if (value.signum() >= 0 && value.scale() <= 2) {
                return value.setScale(2);
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        errors.add(SegmentError.element(s, element, 0, s.element(element).isEmpty() ? REQUIRED_MISSING
                : INVALID_CHARACTER, pcn));
        return null;
    }

    // units and minutes are whole numbers here (SV104 may be sent as 2 or 2.00; 1.5 units are not billed)
    private static Integer whole(X12Segment s, int element, String pcn, List<SegmentError> errors) {
        String text = s.element(element);
        if (text.matches("[0-9]{1,4}(\\.0{1,2})?")) {
            return new BigDecimal(text).intValueExact();
        }
        errors.add(SegmentError.element(s, element, 0, text.isEmpty() ? REQUIRED_MISSING : INVALID_CHARACTER, pcn));
        return null;
    }
}
