package org.medmassage.claims.application;

import java.util.Optional;
import org.medmassage.claims.adjudication.Claim;
import org.medmassage.claims.pricing.Provider;
import org.medmassage.claims.receipt.HsaFsaEligibilityPolicy;
import org.medmassage.claims.receipt.PaidVisit;
import org.medmassage.claims.receipt.Receipt;
import org.medmassage.claims.receipt.ReceiptNotAvailable;
import org.medmassage.codesets.IcdTitles;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * The itemized HSA/FSA receipt of a paid session (issue 15 item 6, ALT-02), from what claims-service holds: the
 * claim's remittance, the provider, the member's name (MemberRegistered) and their letters (ALT-01).
 */
@Service
public class IssueReceipt {

    private final Providers providers;
    private final Patients patients;
    private final LettersOfMedicalNecessity letters;
    private final IcdTitles titles;

    public IssueReceipt(Providers providers, Patients patients, LettersOfMedicalNecessity letters, IcdTitles titles) {
        this.providers = providers;
        this.patients = patients;
        this.letters = letters;
        this.titles = titles;
    }

    /** {@link ReceiptNotAvailable} for a claim not paid (denied, pended, voided or still in process). */
    public Mono<Receipt> receipt(Claim claim) {
        return Mono.fromCallable(() -> PaidVisit.of(claim)).flatMap(visit -> Mono.zip(
                        providers.find(visit.renderingProviderNpi()).map(Optional::of).defaultIfEmpty(Optional.empty()),
                        patients.find(visit.memberId()).map(Optional::of).defaultIfEmpty(Optional.empty()),
                        letters.ofMember(visit.memberId()).collectList())
                .map(found -> Receipt.of(visit, found.getT2().orElse(null), found.getT1().orElse(null),
                        titles::title, HsaFsaEligibilityPolicy.judge(visit.dateOfService(), visit.diagnosisCodes(), found.getT3()))));
    }
}
