package org.medmassage.codesets;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The answer to "may this ICD-10-CM code be reported for this date of service?". Only {@link Billable} says yes; every
 * other answer carries the rulebook ID it breaks and a message a prescriber or biller can act on.
 */
public sealed interface IcdValidity {

    /** The text as it was given. */
    String input();

    /** The rulebook ID that rejects the code; empty for {@link Billable}. */
    String rule();

    String message();

    default boolean isBillable() {
        return this instanceof Billable;
    }

    /** A leaf code valid on claims on this date. */
    record Billable(String input, IcdCode code, LocalDate dateOfService) implements IcdValidity {
        @Override
        public String rule() {
            return "";
        }

        @Override
        public String message() {
            return code.dotted() + " is billable on " + dateOfService;
        }
    }

    /** A category, not carried to the full length required on this date (DX-02, DX-03; M54.5 is DX-08). */
    record Header(String input, IcdCode code, LocalDate dateOfService, List<IcdCode> children) implements IcdValidity {
        private static final int LISTED = 6;

        public Header {
            children = List.copyOf(children);
        }

        @Override
        public String rule() {
            return "DX-08";
        }

        @Override
        public String message() {
            return code.dotted() + " is a category, not a billable code on " + dateOfService + ": use " + alternatives();
        }

        private String alternatives() {
            return alternatives(code, children);
        }

        /** "M54.50, M54.51 or M54.59", or "one of the 40 billable codes under M79, e.g. …" for a long list. */
        static String alternatives(IcdCode code, List<IcdCode> children) {
            List<String> dotted = children.stream().map(IcdCode::dotted).collect(Collectors.toList());
            if (dotted.size() > LISTED) {
                return "one of the " + dotted.size() + " billable codes under " + code.dotted() + ", e.g. "
                        + String.join(", ", dotted.subList(0, LISTED - 1));
            }
            if (dotted.size() == 1) {
                return dotted.get(0);
            }
            return String.join(", ", dotted.subList(0, dotted.size() - 1)) + " or " + dotted.get(dotted.size() - 1);
        }
    }

    /** A code that exists in ICD-10-CM, but not on this date: not yet created, or deleted (DX-07). */
    record NotValidOnDate(String input, IcdCode code, LocalDate dateOfService, String reason) implements IcdValidity {
        @Override
        public String rule() {
            return "DX-07";
        }

        @Override
        public String message() {
            return code.dotted() + " is not valid on " + dateOfService + ": " + reason;
        }
    }

    /** Well formed, but neither a billable code nor a category in the release for this date (DX-02). */
    record Unknown(String input, IcdCode code, LocalDate dateOfService, FiscalYear fiscalYear) implements IcdValidity {
        @Override
        public String rule() {
            return "DX-02";
        }

        @Override
        public String message() {
            return code.dotted() + " is not an ICD-10-CM code in " + fiscalYear + " (date " + dateOfService + ")";
        }
    }

    /** Not shaped like an ICD-10-CM code (DX-03), or a 7th character without its X placeholders (DX-04). */
    record MalformedCode(String input, String rule, String reason) implements IcdValidity {
        @Override
        public String message() {
            return "'" + input + "' is not a well-formed ICD-10-CM code: " + reason;
        }
    }

    /**
     * No release is loaded for the date's fiscal year, so the code cannot be confirmed; never treated as valid (DX-01).
     * {@code remedy} says which release is missing and what to load.
     */
    record NoRelease(String input, IcdCode code, LocalDate dateOfService, FiscalYear fiscalYear, String remedy)
            implements IcdValidity {
        @Override
        public String rule() {
            return "DX-01";
        }

        @Override
        public String message() {
            return "no ICD-10-CM release for " + fiscalYear + " is loaded, so " + code.dotted()
                    + " cannot be confirmed for " + dateOfService + ": " + remedy;
        }
    }
}
