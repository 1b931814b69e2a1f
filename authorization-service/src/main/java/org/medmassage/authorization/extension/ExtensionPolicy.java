package org.medmassage.authorization.extension;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.medmassage.authorization.decision.ApprovedAuthorization;
import org.medmassage.authorization.decision.AuthorizationPolicy;
import org.medmassage.authorization.decision.AuthorizationRequest;
import org.medmassage.authorization.decision.AuthorizationStatus;
import org.medmassage.authorization.decision.Decision;
import org.medmassage.authorization.decision.DenialReasons;
import org.medmassage.authorization.referral.KnownReferral;
import org.medmassage.authorization.time.DateWindow;
import org.medmassage.codesets.problem.FieldProblem;

/**
 * PA-06: an extension is decided by the same rules as a request (the referral's sessions and window, MN-04, MN-05),
 * for the extended totals from the authorization's first day. What was certified stays certified: an extension the
 * rules refuse leaves the authorization as it was, A2 for the extended request, with the refusal as its reason
 * (decision 0065).
 */
public final class ExtensionPolicy {

    private final AuthorizationPolicy rules;

    public ExtensionPolicy(AuthorizationPolicy rules) {
        this.rules = rules;
    }

    public sealed interface Result {
        /** {@code granted}: whether the extension added visits or days. */
        record Decided(ApprovedAuthorization authorization, boolean granted) implements Result {
        }

        record Refused(List<FieldProblem> problems) implements Result {
            public Refused {
                problems = List.copyOf(problems);
            }
        }
    }

    /**
     * @param sessionsCertifiedByOthers visits the referral's other authorizations hold (MN-05)
     */
    public Result decide(ApprovedAuthorization before, Extension extension, Optional<KnownReferral> referral,
            int sessionsCertifiedByOthers) {
        List<FieldProblem> problems = problems(before, extension);
        if (!problems.isEmpty()) {
            return new Result.Refused(problems);
        }
        int wantedVisits = before.approvedVisits() + (extension.additionalVisits() == null ? 0 : extension.additionalVisits());
        LocalDate wantedEnd = extension.endDate() == null ? before.window().to() : extension.endDate();
        AuthorizationRequest old = before.request();
        AuthorizationRequest extended = new AuthorizationRequest(old.memberId(), old.referralId(), old.providerNpi(),
                old.procedureCodes(), wantedVisits, before.window().from(), old.priority(), extension.receivedAt(),
                old.renderingProviderTaxonomy(), old.careGoal());
        Decision allowed = rules.decide(extended, referral, sessionsCertifiedByOthers);
        if (allowed instanceof Decision.Denied denied) {
            return kept(before, extended, denied.reasonCode(), denied.reason());
        }
        if (allowed instanceof Decision.Pended pended) {
            return new Result.Refused(List.of(new FieldProblem("additionalVisits", DenialReasons.NO_REFERRAL,
                    "an extension is decided against the referral, which is not known: " + pended.reason())));
        }
        return extended(before, extended, allowed, wantedEnd);
    }

    private static List<FieldProblem> problems(ApprovedAuthorization before, Extension extension) {
        List<FieldProblem> problems = new ArrayList<>();
        if (extension.additionalVisits() == null && extension.endDate() == null) {
            problems.add(new FieldProblem("additionalVisits", DenialReasons.EXTENSION,
                    "an extension asks for more visits (additionalVisits), a later end (endDate), or both"));
        }
        if (extension.additionalVisits() != null && extension.additionalVisits() < 1) {
            problems.add(new FieldProblem("additionalVisits", DenialReasons.EXTENSION,
                    "an extension adds at least one visit, not " + extension.additionalVisits()));
        }
        if (extension.endDate() != null && !extension.endDate().isAfter(before.window().to())) {
            problems.add(new FieldProblem("endDate", DenialReasons.EXTENSION, "an extension ends later than the "
                    + "authorization: " + extension.endDate() + " is not after " + before.window().to()));
        }
        return problems;
    }

    private static Result extended(ApprovedAuthorization before, AuthorizationRequest extended, Decision allowed,
            LocalDate wantedEnd) {
        boolean total = allowed instanceof Decision.Approved;
        DateWindow referralWindow = total ? ((Decision.Approved) allowed).window()
                : ((Decision.PartiallyApproved) allowed).window();
        int ruled = total ? ((Decision.Approved) allowed).visits() : ((Decision.PartiallyApproved) allowed).visits();
        List<String> codes = total ? ((Decision.Approved) allowed).procedureCodes()
                : ((Decision.PartiallyApproved) allowed).procedureCodes();
        LocalDate end = max(before.window().to(), wantedEnd.isAfter(referralWindow.to()) ? referralWindow.to() : wantedEnd);
        DateWindow window = DateWindow.of(before.window().from(), end);
        // one visit per date of service (PA-04); never fewer than were certified: visits may have been used on them
        int visits = Math.max(before.approvedVisits(), (int) Math.min(ruled, window.days()));
        if (visits == before.approvedVisits() && end.equals(before.window().to())) {
            boolean windowOnly = wantedEnd.isAfter(referralWindow.to()) && extended.requestedVisits() == before.approvedVisits();
            return kept(before, extended, windowOnly ? DenialReasons.OUTSIDE_REFERRAL_WINDOW
                    : DenialReasons.REFERRAL_SESSIONS_USED, windowOnly
                    ? "referral " + extended.referralId() + " ends on " + referralWindow.to()
                    : "no session of referral " + extended.referralId() + " is left");
        }
        List<String> cuts = new ArrayList<>();
        if (!total) {
            cuts.add(((Decision.PartiallyApproved) allowed).reason());
        } else if (visits < extended.requestedVisits()) {
            cuts.add(visits + " of " + extended.requestedVisits() + " visits: only " + window.days()
                    + " days in the window");
        }
        if (end.isBefore(wantedEnd)) {
            cuts.add("ends " + end + ", the last day of referral " + extended.referralId() + ", not " + wantedEnd
                    + " (" + DenialReasons.OUTSIDE_REFERRAL_WINDOW + ")");
        }
        AuthorizationStatus status = cuts.isEmpty() ? AuthorizationStatus.APPROVED : AuthorizationStatus.PARTIALLY_APPROVED;
        return new Result.Decided(new ApprovedAuthorization(before.id(), before.number(), extended, before.dueAt(),
                status, visits, codes, window, cuts.isEmpty() ? null : String.join("; ", cuts),
                extended.receivedAt(), before.review()), true);
    }

    private static Result kept(ApprovedAuthorization before, AuthorizationRequest extended, String code, String why) {
        String reason = before.approvedVisits() + " of " + extended.requestedVisits() + " visits until "
                + before.window().to() + ": extension not granted: " + why + " (" + code + ")";
        return new Result.Decided(new ApprovedAuthorization(before.id(), before.number(), extended, before.dueAt(),
                AuthorizationStatus.PARTIALLY_APPROVED, before.approvedVisits(), before.procedureCodes(),
                before.window(), reason, extended.receivedAt(), before.review()), false);
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
