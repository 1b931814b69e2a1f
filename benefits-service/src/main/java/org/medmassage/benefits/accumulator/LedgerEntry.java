package org.medmassage.benefits.accumulator;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One ledger row as the member's statement shows it: a money posting (bucket DED_IN…OOP_OON with an amount) or a
 * counted visit (bucket = the visit benefit group, amount null). A reversed row keeps its place with reversedAt set.
 */
public record LedgerEntry(String claimId, LocalDate dateOfService, String bucket, BigDecimal amount, String familyId,
                          Instant postedAt, Instant reversedAt) {
}
