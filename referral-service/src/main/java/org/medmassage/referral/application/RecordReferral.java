package org.medmassage.referral.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.medmassage.codesets.problem.FieldProblem;
import org.medmassage.events.referral.Prescriber;
import org.medmassage.events.referral.ReferralRecorded;
import org.medmassage.referral.prescription.Referral;
import org.medmassage.referral.prescription.ReferralId;
import org.medmassage.referral.validation.ReferralSubmission;
import org.medmassage.referral.validation.ReferralValidation;
import org.medmassage.referral.validation.ValidationOutcome;
import org.medmassage.support.outbox.Outbox;
import org.medmassage.support.outbox.UnitOfWork;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Validates a submitted referral and, when it is complete and valid, stores it and its ReferralRecorded event in one
 * unit of work: the event is published if and only if the referral was stored. A rejected referral leaves no trace.
 * Today, by the injected clock, is the day received: the referral cannot be written later (MN-02) and may have ended.
 */
@Service
public class RecordReferral {

    private final ReferralValidation validation;
    private final Referrals referrals;
    private final UnitOfWork unitOfWork;
    private final Outbox outbox;
    private final Clock clock;

    public RecordReferral(ReferralValidation validation, Referrals referrals, UnitOfWork unitOfWork, Outbox outbox,
                          Clock clock) {
        this.validation = validation;
        this.referrals = referrals;
        this.unitOfWork = unitOfWork;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** A stored referral and the warnings its prescriber should see (DX-05, MN-04); warnings are not stored. */
    public record Recorded(Referral referral, List<FieldProblem> warnings) {
    }

    public Mono<Recorded> record(ReferralSubmission submission) {
        return Mono.defer(() -> {
            LocalDate today = LocalDate.now(clock);
            ValidationOutcome outcome = validation.validate(submission, today);
            if (outcome instanceof ValidationOutcome.Rejected rejected) {
                return Mono.error(new ReferralRejectedException(rejected));
            }
            ValidationOutcome.Accepted accepted = (ValidationOutcome.Accepted) outcome;
            Referral referral = backdated(accepted.recordAs(ReferralId.random()), today);
            return unitOfWork.execute(referrals.add(referral)
                    .then(outbox.append(recorded(referral), null))
                    .thenReturn(new Recorded(referral, accepted.warnings())));
        });
    }

    /**
     * MN-04: a referral received after its window ended (claims for past dates of service) is recorded as it is today,
     * EXPIRED, without a ReferralExpired event: it was never active here, so nothing changed that a patient must hear.
     */
    private static Referral backdated(Referral referral, LocalDate today) {
        return referral.hasEndedBy(today) ? referral.expire() : referral;
    }

    static ReferralRecorded recorded(Referral referral) {
        return new ReferralRecorded(referral.id().value(), referral.memberId(),
                new Prescriber(referral.prescriber().npi(), referral.prescriber().name(), referral.prescriber().type()),
                referral.diagnosisCodes(), referral.procedureCodes(), referral.sessions(), referral.durationWeeks(),
                referral.issuedOn(), referral.window().validFrom(), referral.window().validTo());
    }
}
