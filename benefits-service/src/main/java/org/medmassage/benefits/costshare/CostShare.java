package org.medmassage.benefits.costshare;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import org.medmassage.codesets.money.Money;

/** A claim's cost share, line by line in line-number order, with its totals. */
public record CostShare(List<LineShare> lines) {

    public CostShare {
        lines = List.copyOf(lines);
    }

    public BigDecimal allowed() {
        return sum(LineShare::allowed);
    }

    public BigDecimal deductible() {
        return sum(LineShare::deductible);
    }

    public BigDecimal copay() {
        return sum(LineShare::copay);
    }

    public BigDecimal coinsurance() {
        return sum(LineShare::coinsurance);
    }

    public BigDecimal planPaid() {
        return sum(LineShare::planPaid);
    }

    public BigDecimal priorPayerPaid() {
        return sum(LineShare::priorPayerPaid);
    }

    public BigDecimal patientResponsibility() {
        return sum(LineShare::patientResponsibility);
    }

    private BigDecimal sum(Function<LineShare, BigDecimal> amount) {
        return lines.stream().map(amount).reduce(Money.ZERO, BigDecimal::add);
    }
}
