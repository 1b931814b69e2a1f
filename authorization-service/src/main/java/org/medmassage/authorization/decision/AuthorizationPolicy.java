package org.medmassage.authorization.decision;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.medmassage.authorization.referral.KnownReferral;
import org.medmassage.authorization.time.DateWindow;

/**
 * Decides a massage authorization request against its referral: approve up to the referral's sessions inside the
 * referral's window (MN-04, MN-05), from the requested start. Statuses per §6.2: A1 total, A2 partial, A3 denied with a
 * specific reason (coded with the rule it rests on, {@link DenialReasons}), A4 pended while the referral is not known.
 */
public final class AuthorizationPolicy {

    private final Integer retroLimitDays;

    /** Retro requests (received after the referral ended) taken however late. */
    public AuthorizationPolicy() {
        this(null);
    }

    /**
     * @param retroLimitDays how many days after its referral ended a retro request is still taken (PA-05: a retro
     *        request too late is CO-210); null for no limit, the rulebook giving none (decision 0065)
     */
    public AuthorizationPolicy(Integer retroLimitDays) {
        if (retroLimitDays != null && retroLimitDays < 0) {
            throw new IllegalArgumentException("a retro request limit is zero days or more, not " + retroLimitDays);
        }
        this.retroLimitDays = retroLimitDays;
    }

    public Decision decide(AuthorizationRequest request, Optional<KnownReferral> referral) {
        return decide(request, referral, 0);
    }

    /**
     * @param sessionsAlreadyAuthorized visits other live authorizations already hold on the same referral: two
     *        authorizations must not add up to a 13th session of a 12-session referral (MN-05)
     */
    public Decision decide(AuthorizationRequest request, Optional<KnownReferral> referral, int sessionsAlreadyAuthorized) {
        if (referral.isEmpty()) {
            return new Decision.Pended("referral " + request.referralId() + " has not been received yet");
        }
        KnownReferral known = referral.get();
        if (!known.isFor(request.memberId())) {
            return new Decision.Denied(DenialReasons.NO_REFERRAL,
                    "referral " + known.referralId() + " was written for another member");
        }
        if (known.isRevoked()) {
            return new Decision.Denied(DenialReasons.NO_REFERRAL,
                    "referral " + known.referralId() + " was revoked: " + known.revokedReason());
        }
        List<String> ordered = request.procedureCodes().stream().filter(known::orders).toList();
        List<String> notOrdered = request.procedureCodes().stream().filter(code -> !known.orders(code)).toList();
        if (ordered.isEmpty()) {
            return new Decision.Denied(DenialReasons.NO_REFERRAL, "procedure codes " + String.join(", ", notOrdered)
                    + " are not ordered on referral "
                    + known.referralId() + " (it orders " + String.join(", ", known.procedureCodes()) + ")");
        }
        Optional<Decision.Denied> late = tooLateForRetro(request, known);
        if (late.isPresent()) {
            return late.get();
        }
        Optional<DateWindow> window = known.window().startingNoEarlierThan(request.startDate());
        if (window.isEmpty()) {
            return new Decision.Denied(DenialReasons.OUTSIDE_REFERRAL_WINDOW,
                    "start date " + request.startDate() + " is after referral " + known.referralId()
                    + " ends on " + known.window().to());
        }
        int sessionsLeft = known.sessions() - sessionsAlreadyAuthorized;
        if (sessionsLeft < 1) {
            return new Decision.Denied(DenialReasons.REFERRAL_SESSIONS_USED,
                    "all " + known.sessions() + " sessions of referral " + known.referralId()
                    + " are already authorized");
        }
        return certify(request, known, ordered, notOrdered, window.get(), sessionsLeft);
    }

    // PA-05 (CO-210): received after the referral ended, it is a retro request for the referral's dates (MN-01 judges
    // the referral on the date of service), taken up to the configured limit
    private Optional<Decision.Denied> tooLateForRetro(AuthorizationRequest request, KnownReferral known) {
        LocalDate received = request.receivedAt().atZone(ZoneOffset.UTC).toLocalDate();
        if (retroLimitDays == null || !received.isAfter(known.window().to().plusDays(retroLimitDays))) {
            return Optional.empty();
        }
        return Optional.of(new Decision.Denied(DenialReasons.RETRO_REQUEST_TOO_LATE, "retro request too late: received "
                + received + ", " + ChronoUnit.DAYS.between(known.window().to(), received) + " days after referral "
                + known.referralId() + " ended on " + known.window().to() + " (retro requests are taken up to "
                + retroLimitDays + " days after)"));
    }

    private Decision certify(AuthorizationRequest request, KnownReferral referral, List<String> ordered,
            List<String> notOrdered, DateWindow window, int sessionsLeft) {
        // one visit per date of service (PA-04): a window of n days holds at most n visits
        int visits = (int) Math.min(Math.min(request.requestedVisits(), sessionsLeft), window.days());
        List<String> cuts = new ArrayList<>();
        if (visits < request.requestedVisits()) {
            cuts.add(visits + " of " + request.requestedVisits() + " visits: "
                    + visitLimit(referral, window, sessionsLeft, visits));
        }
        if (!notOrdered.isEmpty()) {
            cuts.add(String.join(", ", notOrdered) + " not ordered on referral " + referral.referralId());
        }
        if (window.from().isAfter(request.startDate())) {
            cuts.add("starts " + window.from() + ", the first day of referral " + referral.referralId()
                    + ", not " + request.startDate());
        }
        if (cuts.isEmpty()) {
            return new Decision.Approved(visits, ordered, window);
        }
        return new Decision.PartiallyApproved(visits, ordered, window, String.join("; ", cuts));
    }

    private static String visitLimit(KnownReferral referral, DateWindow window, int sessionsLeft, int visits) {
        if (visits < sessionsLeft) {
            return "only " + window.days() + " days remain in the window of referral " + referral.referralId();
        }
        if (sessionsLeft < referral.sessions()) {
            return sessionsLeft + " of the " + referral.sessions() + " sessions of referral " + referral.referralId()
                    + " are left";
        }
        return "referral " + referral.referralId() + " orders " + referral.sessions() + " sessions";
    }
}
