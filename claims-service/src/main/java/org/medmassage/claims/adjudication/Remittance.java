package org.medmassage.claims.adjudication;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The adjudicated claim, balanced like an 835 CLP (FMT-01): totals are sums of the lines, and the status follows from
 * how many lines were denied. {@code visitDenialReason} is set when the whole visit was denied for one reason.
 */
public record Remittance(List<RemittanceLine> lines, String visitDenialReason) {

    public Remittance {
        lines = List.copyOf(lines);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("a remittance needs at least one line");
        }
        List<String> violations = BalancingCheck.violations(lines);
        if (!violations.isEmpty()) {
            throw new UnbalancedRemittance(violations);
        }
    }

    /** PAID when no line is denied (plan paid may be 0.00 when all went to the deductible), DENIED when all are. */
    public ClaimStatus status() {
        long denied = lines.stream().filter(RemittanceLine::denied).count();
        if (denied == 0) {
            return ClaimStatus.PAID;
        }
        return denied == lines.size() ? ClaimStatus.DENIED : ClaimStatus.PARTIALLY_PAID;
    }

    public Optional<String> denialReason() {
        return Optional.ofNullable(visitDenialReason);
    }

    public BigDecimal totalCharge() {
        return BalancingCheck.sum(lines.stream().map(RemittanceLine::charge).toList());
    }

    public BigDecimal totalAllowed() {
        return BalancingCheck.sum(lines.stream().map(RemittanceLine::allowed).toList());
    }

    public BigDecimal planPaid() {
        return BalancingCheck.sum(lines.stream().map(RemittanceLine::planPaid).toList());
    }

    /** CLP05 = Σ PR amounts. */
    public BigDecimal patientResponsibility() {
        return BalancingCheck.sum(lines.stream().map(RemittanceLine::patientResponsibility).toList());
    }
}
