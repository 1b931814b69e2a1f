package org.medmassage.benefits.application;

import java.math.BigDecimal;
import org.medmassage.benefits.pip.PipDecision;
import org.medmassage.codesets.money.Money;
import java.util.ArrayList;
import java.util.List;
import org.medmassage.benefits.accumulator.Accumulators;
import org.medmassage.benefits.accumulator.Milestone;
import org.medmassage.benefits.costshare.Adjudication;
import org.medmassage.benefits.costshare.CostShareRequest;
import org.medmassage.benefits.costshare.LineShare;
import org.medmassage.benefits.costshare.UncoveredLine;
import org.medmassage.codesets.remittance.CodedRejection;
import org.medmassage.events.DomainEvent;
import org.medmassage.events.benefit.BenefitLimitReached;
import org.medmassage.events.benefit.CostShareApplied;
import org.medmassage.events.benefit.CostShareDenied;
import org.medmassage.events.benefit.DeductibleMet;
import org.medmassage.events.benefit.LineCostShare;
import org.medmassage.events.benefit.NotCoveredLine;
import org.medmassage.events.benefit.OutOfPocketMaxReached;
import org.medmassage.events.benefit.VisitLimitApproaching;

/** Translates a benefits decision into the events the saga and the member's notifications need (saga step 4). */
final class CostShareEvents {

    private static final String AUTO_PIP = "AUTO_PIP";

    private CostShareEvents() {
    }

    static List<DomainEvent> of(CostShareRequest request, Adjudication adjudication) {
        if (adjudication instanceof Adjudication.NotCovered notCovered) {
            return List.of(denied(request, notCovered.rejection()));
        }
        if (adjudication instanceof Adjudication.OverVisitLimit over) {
            return List.of(new BenefitLimitReached(request.claimId(), request.memberId(), request.dateOfService(),
                    over.visitsUsed(), over.visitLimit(), over.rejection().carc(), over.rejection().rarc(),
                    over.liabilityBasis().name(), notCovered(over.notCovered())));
        }
        return appliedEvents(request, (Adjudication.Applied) adjudication);
    }

    /** Auto PIP's answer (decision 0074): the health plan's figures are not PIP's, so they are 0 and the year null. */
    static DomainEvent of(CostShareRequest request, PipDecision decision) {
        if (decision instanceof PipDecision.NotCovered notCovered) {
            return denied(request, notCovered.rejection());
        }
        PipDecision.Paid paid = (PipDecision.Paid) decision;
        return new CostShareApplied(request.claimId(), request.memberId(), request.dateOfService(), request.tier(),
                paid.share().lines().stream().map(CostShareEvents::line).toList(), Money.ZERO, null, 0, 0,
                notCovered(paid.notCovered()), null, null, AUTO_PIP, paid.limitRemaining());
    }

    private static CostShareDenied denied(CostShareRequest request, CodedRejection rejection) {
        return new CostShareDenied(request.claimId(), request.memberId(), request.dateOfService(),
                rejection.group().name(), rejection.carc(), rejection.rarc(), rejection.reason());
    }

    private static List<DomainEvent> appliedEvents(CostShareRequest request, Adjudication.Applied applied) {
        Accumulators after = applied.after();
        List<DomainEvent> events = new ArrayList<>();
        events.add(new CostShareApplied(request.claimId(), request.memberId(), request.dateOfService(), request.tier(),
                applied.costShare().lines().stream().map(CostShareEvents::line).toList(),
                after.deductibleRemaining(request.tier()), after.outOfPocketRemaining(request.tier()),
                after.visitsUsed(), after.plan().visitLimit(),
                notCovered(applied.notCovered()), after.planYear().start(), after.planYear().end()));
        applied.milestones().forEach(milestone -> events.add(milestone(request, milestone)));
        return events;
    }

    private static LineCostShare line(LineShare share) {
        return new LineCostShare(share.lineNumber(), share.allowed(), share.deductible(), share.copay(),
                share.coinsurance(), share.planPaid(), share.patientResponsibility(), nullIfZero(share.priorPayerPaid()),
                nullIfZero(share.overLimit()));
    }

    // absent rather than 0.00: the line of a plan paying as primary within its limits reads as it always did
    private static BigDecimal nullIfZero(BigDecimal amount) {
        return amount.signum() == 0 ? null : amount;
    }

    private static List<NotCoveredLine> notCovered(List<UncoveredLine> lines) {
        return lines.stream().map(CostShareEvents::notCovered).toList();
    }

    private static NotCoveredLine notCovered(UncoveredLine line) {
        CodedRejection rejection = line.rejection();
        return new NotCoveredLine(line.lineNumber(), line.procedureCode(), rejection.group().name(), rejection.carc(),
                rejection.rarc(), rejection.reason());
    }

    private static DomainEvent milestone(CostShareRequest request, Milestone milestone) {
        if (milestone instanceof Milestone.DeductibleMet met) {
            return new DeductibleMet(request.memberId(), request.claimId(), met.tier(), met.planYearStart(),
                    met.deductible());
        }
        if (milestone instanceof Milestone.OutOfPocketMaxReached reached) {
            return new OutOfPocketMaxReached(request.memberId(), request.claimId(), reached.tier(),
                    reached.planYearStart(), reached.outOfPocketMax());
        }
        Milestone.VisitLimitApproaching approaching = (Milestone.VisitLimitApproaching) milestone;
        return new VisitLimitApproaching(request.memberId(), request.claimId(), approaching.visitsUsed(),
                approaching.visitLimit(), approaching.visitsRemaining());
    }
}
