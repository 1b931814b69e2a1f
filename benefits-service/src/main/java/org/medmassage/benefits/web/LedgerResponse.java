package org.medmassage.benefits.web;

import java.util.List;
import org.medmassage.benefits.accumulator.LedgerEntry;

/** {@code GET /members/{memberId}/ledger}: every posting with its claim, reversed ones included (reversedAt set). */
public record LedgerResponse(String memberId, List<LedgerEntry> postings) {
}
