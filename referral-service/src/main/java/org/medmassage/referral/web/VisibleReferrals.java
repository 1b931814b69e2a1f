package org.medmassage.referral.web;

import org.medmassage.referral.application.ReadReferrals;
import org.medmassage.referral.prescription.Referral;
import org.medmassage.support.security.Caller;
import org.medmassage.support.security.MemberData;
import org.medmassage.support.web.ResourceNotFoundException;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** A referral as its member, its prescriber or the payer's staff may see it; a 404 to anyone else (issue 12). */
@Component
class VisibleReferrals {

    private final ReadReferrals readReferrals;

    VisibleReferrals(ReadReferrals readReferrals) {
        this.readReferrals = readReferrals;
    }

    Mono<Referral> find(Caller caller, String referralId) {
        return readReferrals.byId(referralId)
                .switchIfEmpty(Mono.error(() -> new ResourceNotFoundException("referral", referralId)))
                .flatMap(referral -> MemberData.reveal(caller, "referral", referralId, referral, referral.memberId(),
                        referral.prescriber().npi()));
    }
}
