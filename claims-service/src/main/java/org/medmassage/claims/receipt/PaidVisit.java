package org.medmassage.claims.receipt;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.medmassage.claims.adjudication.Claim;
import org.medmassage.claims.adjudication.ClaimStatus;
import org.medmassage.claims.adjudication.RemittanceLine;
import org.medmassage.codesets.money.Money;

/**
 * What a receipt is made from: a session and who paid what for each service. A health-plan claim gives it from its
 * remittance once PAID or PARTIALLY_PAID ({@link #of(Claim)}); a self-paid claim (decision 0073) gives the same
 * with {@link PaidBy#SELF_PAY}, the plan paying nothing and the patient the cash price.
 */
public record PaidVisit(String claimId, String memberId, String renderingProviderNpi, LocalDate dateOfService,
        List<String> diagnosisCodes, PaidBy paidBy, List<PaidService> services) {

    /** Who paid besides the patient: the health plan, the workers' comp carrier (decision 0068), or nobody (self-pay). */
    public enum PaidBy { HEALTH_PLAN, WORKERS_COMP, SELF_PAY }

    /** One billed service: {@code charge} = what the plan paid + what the patient owes + what neither owes. */
    public record PaidService(int lineNumber, String procedureCode, List<String> modifiers, int units,
            BigDecimal charge, BigDecimal paidByPlan, BigDecimal patientOwes) {

        public PaidService {
            modifiers = List.copyOf(modifiers);
            charge = Money.scaled(charge);
            paidByPlan = Money.scaled(paidByPlan);
            patientOwes = Money.scaled(patientOwes);
            if (paidByPlan.add(patientOwes).compareTo(charge) > 0) {
                throw new IllegalArgumentException("line " + lineNumber + ": paid " + paidByPlan + " and owed "
                        + patientOwes + " exceed the charge " + charge);
            }
        }
    }

    public PaidVisit {
        Objects.requireNonNull(claimId, "claimId");
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(dateOfService, "dateOfService");
        Objects.requireNonNull(paidBy, "paidBy");
        diagnosisCodes = List.copyOf(diagnosisCodes);
        services = List.copyOf(services);
        if (services.isEmpty()) {
            throw new IllegalArgumentException("a paid visit has at least one service");
        }
        if (paidBy == PaidBy.SELF_PAY && services.stream().anyMatch(s -> s.paidByPlan().signum() != 0)) {
            throw new IllegalArgumentException("a self-paid visit has nothing paid by a plan");
        }
    }

    /** A claim's session, self-paid or not; {@link ReceiptNotAvailable} unless it is PAID or PARTIALLY_PAID. */
    public static PaidVisit of(Claim claim) {
        if (claim.status() != ClaimStatus.PAID && claim.status() != ClaimStatus.PARTIALLY_PAID) {
            throw new ReceiptNotAvailable(claim.id().toString(), claim.status().name());
        }
        List<PaidService> services = claim.remittance().orElseThrow().lines().stream().map(PaidVisit::service)
                .toList();
        return new PaidVisit(claim.id().toString(), claim.memberId(), claim.header().renderingProviderNpi(),
                claim.dateOfService(), claim.header().diagnosisCodes(),
                paidBy(claim), services);
    }

    private static PaidService service(RemittanceLine line) {
        return new PaidService(line.lineNumber(), line.procedureCode(), line.modifiers(), line.units(), line.charge(),
                line.planPaid(), line.patientResponsibility());
    }

    private static PaidBy paidBy(Claim claim) {
        if (claim.header().payer().isSelfPay()) {
            return PaidBy.SELF_PAY;
        }
        return claim.header().payer().isWorkersCompensation() ? PaidBy.WORKERS_COMP : PaidBy.HEALTH_PLAN;
    }
}
