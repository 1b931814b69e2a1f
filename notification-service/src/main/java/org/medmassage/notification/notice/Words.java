package org.medmassage.notification.notice;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Small helpers every wording shares, so money, counts and reasons read the same everywhere. */
final class Words {

    private Words() {
    }

    /** Dollars with two decimals and thousands separators, rounded half-up: {@code $1,939.60}. */
    static String money(BigDecimal amount) {
        BigDecimal value = amount == null ? BigDecimal.ZERO : amount;
        String digits = String.format(Locale.US, "%,.2f", value.abs());
        return (value.signum() < 0 ? "-$" : "$") + digits;
    }

    /** {@code 1 visit}, {@code 12 visits}. */
    static String count(int n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }

    static String visits(int n) {
        return count(n, "visit", "visits");
    }

    /** A producer's free-text reason, trimmed and without a final full stop so it can sit inside a sentence. */
    static Optional<String> reason(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String trimmed = text.strip();
        while (trimmed.endsWith(".")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1).strip();
        }
        return trimmed.isEmpty() ? Optional.empty() : Optional.of(trimmed);
    }

    /** {@code a}, {@code a and b}, {@code a, b and c}. */
    static String listing(List<String> parts) {
        if (parts.size() <= 1) {
            return String.join("", parts);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }
}
