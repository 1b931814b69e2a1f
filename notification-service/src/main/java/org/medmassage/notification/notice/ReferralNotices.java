package org.medmassage.notification.notice;

import org.medmassage.events.referral.MedicalNecessityLetterIssued;
import org.medmassage.events.referral.ReferralExpired;
import org.medmassage.events.referral.ReferralRecorded;
import org.medmassage.events.referral.ReferralRevoked;

/** What the patient is told about their referral (MN-04: a referral limits both sessions and dates). */
final class ReferralNotices {

    private ReferralNotices() {
    }

    static Notice recorded(ReferralRecorded referral) {
        return new Notice(Category.REFERRAL, "Referral on file",
                "Your referral for " + Words.count(referral.sessions(), "massage session", "massage sessions")
                        + " is on file, valid " + referral.validFrom() + " to " + referral.validTo());
    }

    static Notice revoked(ReferralRevoked referral) {
        return new Notice(Category.REFERRAL, "Referral withdrawn",
                "Your referral for massage therapy is no longer valid"
                        + Words.reason(referral.reason()).map(r -> ": " + r).orElse(""));
    }

    // MN-04: past its window a referral covers no visit, whatever sessions are left; the patient needs a new one.
    static Notice expired(ReferralExpired referral) {
        return new Notice(Category.REFERRAL, "Referral expired",
                "Your referral for massage therapy ended on " + referral.validTo() + " after "
                        + Words.count(referral.sessionsUsed(), "session", "sessions") + " of " + referral.sessions()
                        + ": ask your prescriber for a new referral to continue");
    }

    // ALT-01: the letter is what an HSA/FSA administrator asks for to reimburse massage.
    static Notice letterIssued(MedicalNecessityLetterIssued letter) {
        return new Notice(Category.REFERRAL, "Letter of medical necessity ready",
                "Your letter of medical necessity for massage therapy is ready, valid " + letter.issuedOn() + " to "
                        + letter.validTo() + ": use it for HSA or FSA reimbursement");
    }
}
