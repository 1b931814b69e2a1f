package org.medmassage.authorization.usage;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.medmassage.authorization.referral.KnownReferral;

/**
 * A referral with the sessions used on it (MN-04: a visit consumes one session per date of service). A visit on a plan
 * without pre-authorization uses the session itself, held as an authorization's visit is (PA-04, ADR 0021): every
 * claim of the date stands on it and it goes back when the last one is denied or voided. A visit drawn on one of the
 * referral's authorizations counts there ({@code usedThroughAuthorizations}), as referral-service sums them (ADR 0015).
 */
public final class ReferralSessions {

    private final KnownReferral referral;
    private final Map<LocalDate, ConsumedVisit> sessions;
    private final int usedThroughAuthorizations;

    public ReferralSessions(KnownReferral referral, Collection<ConsumedVisit> sessions, int usedThroughAuthorizations) {
        this.referral = Objects.requireNonNull(referral, "referral");
        this.sessions = new TreeMap<>();
        sessions.forEach(session -> this.sessions.put(session.dateOfService(), session));
        this.usedThroughAuthorizations = usedThroughAuthorizations;
    }

    public static ReferralSessions unused(KnownReferral referral) {
        return new ReferralSessions(referral, List.of(), 0);
    }

    /** Each referral with its own sessions and the visits used on the authorizations drawn on it. */
    public static List<ReferralSessions> of(Collection<KnownReferral> referrals,
            Map<String, List<ConsumedVisit>> sessionsByReferral, Collection<AuthorizedVisits> authorizations) {
        return referrals.stream().map(referral -> new ReferralSessions(referral,
                sessionsByReferral.getOrDefault(referral.referralId(), List.of()),
                authorizations.stream()
                        .filter(auth -> auth.authorization().request().referralId().equals(referral.referralId()))
                        .mapToInt(AuthorizedVisits::visitsUsed).sum()))
                .toList();
    }

    public KnownReferral referral() {
        return referral;
    }

    public String referralId() {
        return referral.referralId();
    }

    /** Every session used on the referral, by visits and through its authorizations. */
    public int sessionsUsed() {
        return sessions.size() + usedThroughAuthorizations;
    }

    /** The sessions visits without an authorization use: what VisitAuthorized and VisitReleased report (ADR 0066). */
    public int sessionsUsedByVisits() {
        return sessions.size();
    }

    public boolean holds(LocalDate dateOfService) {
        return sessions.containsKey(dateOfService);
    }

    /** MN-04: the referral ends the day its sessions are all used; the dates already used keep their session. */
    public boolean isUsedUp() {
        return sessionsUsed() >= referral.sessions();
    }

    /** MN-01/MN-05: active on the date, ordering the code, and the date's session is held or one is left. */
    public boolean backs(BilledVisit visit, String code) {
        return ordersOn(visit, code) && (holds(visit.dateOfService()) || !isUsedUp());
    }

    /** Would back the code on the date, but its sessions are all used by other dates (MN-05). */
    public boolean isUsedUpFor(BilledVisit visit, String code) {
        return ordersOn(visit, code) && !backs(visit, code);
    }

    private boolean ordersOn(BilledVisit visit, String code) {
        return referral.isFor(visit.memberId()) && referral.isActiveOn(visit.dateOfService()) && referral.backs(code);
    }

    /** The date's session used by the visit, or shared when the date already holds one. */
    public ReferralSessions use(BilledVisit visit) {
        ConsumedVisit held = sessions.get(visit.dateOfService());
        if (held == null && isUsedUp()) {
            throw new IllegalStateException("all " + referral.sessions() + " sessions of referral " + referralId()
                    + " are used");
        }
        ConsumedVisit after = held == null ? new ConsumedVisit(visit.dateOfService(), visit.claimId())
                : held.sharedWith(visit.claimId());
        Map<LocalDate, ConsumedVisit> used = new TreeMap<>(sessions);
        used.put(after.dateOfService(), after);
        return new ReferralSessions(referral, used.values(), usedThroughAuthorizations);
    }

    /** The date of the session the claim stands on, if any. */
    public Optional<LocalDate> dateStoodOnBy(String claimId) {
        return sessions.values().stream().filter(session -> session.isStoodOnBy(claimId))
                .map(ConsumedVisit::dateOfService).findFirst();
    }

    /**
     * PA-04: the claim leaves its date's session, which goes back only when no other claim of that date stands on it
     * (then {@link #sessionsUsedByVisits()} drops by one); otherwise it passes to the oldest claim left.
     */
    public ReferralSessions release(String claimId) {
        Map<LocalDate, ConsumedVisit> after = new TreeMap<>(sessions);
        dateStoodOnBy(claimId).ifPresent(date -> sessions.get(date).without(claimId)
                .ifPresentOrElse(left -> after.put(date, left), () -> after.remove(date)));
        return new ReferralSessions(referral, after.values(), usedThroughAuthorizations);
    }
}
