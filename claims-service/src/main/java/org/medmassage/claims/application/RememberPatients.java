package org.medmassage.claims.application;

import org.medmassage.claims.receipt.Patient;
import org.medmassage.events.benefit.MemberRegistered;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** Keeps the member's name and date of birth a receipt prints (ALT-02), from MemberRegistered (decision 0069). */
@Service
public class RememberPatients {

    private final Patients patients;

    public RememberPatients(Patients patients) {
        this.patients = patients;
    }

    /** Runs inside the consumer's unit of work; a later announcement (a change of name) replaces the earlier. */
    public Mono<Void> onMemberRegistered(MemberRegistered event) {
        return patients.remember(new Patient(event.memberId(), event.firstName(), event.lastName(),
                event.dateOfBirth()));
    }
}
