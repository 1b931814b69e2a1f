package org.medmassage.claims.pricing;

import java.math.BigDecimal;
import java.util.Objects;
import org.medmassage.codesets.remittance.CodedRejection;

/** The price of one service line: an allowed amount, or a coded rejection when the line cannot be priced. */
public sealed interface LinePrice {

    boolean isPriced();

    record Allowed(BigDecimal amount) implements LinePrice {
        public Allowed {
            Objects.requireNonNull(amount, "amount");
        }

        @Override
        public boolean isPriced() {
            return true;
        }
    }

    record Unpriced(CodedRejection rejection) implements LinePrice {
        public Unpriced {
            Objects.requireNonNull(rejection, "rejection");
        }

        @Override
        public boolean isPriced() {
            return false;
        }
    }
}
