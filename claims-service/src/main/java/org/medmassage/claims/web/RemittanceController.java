package org.medmassage.claims.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.medmassage.claims.application.ClaimNotDecided;
import org.medmassage.claims.application.ReportRemittances;
import org.medmassage.claims.era.ClaimPaymentAdvice;
import org.medmassage.claims.era.ProviderDayRemittance;
import org.medmassage.codesets.Npi;
import org.medmassage.codesets.problem.FieldProblem;
import org.medmassage.support.security.Caller;
import org.medmassage.support.security.MemberData;
import org.medmassage.support.security.Role;
import org.medmassage.support.web.RequestRejectedException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * The provider's remittance (issue 13 item 8), 835-shaped JSON: one claim's (its provider and the payer's staff; a
 * 404 to another provider, a 409 while not decided), and a provider's day. The day's NPI is in the query, not in a
 * resource, so a provider token is checked against it here: its own NPI only (403 otherwise).
 */
@RestController
class RemittanceController {

    private final VisibleClaims visibleClaims;
    private final ReportRemittances reportRemittances;

    RemittanceController(VisibleClaims visibleClaims, ReportRemittances reportRemittances) {
        this.visibleClaims = visibleClaims;
        this.reportRemittances = reportRemittances;
    }

    @GetMapping("/claims/{claimId}/remittance")
    Mono<ClaimPaymentAdvice> ofClaim(Caller caller, @PathVariable String claimId) {
        return ofClaim(visibleClaims, reportRemittances, caller, claimId);
    }

    /** One claim's remittance as GET /claims/{id}/remittance and GET /claims/{id}/835 answer it. */
    static Mono<ClaimPaymentAdvice> ofClaim(VisibleClaims visibleClaims, ReportRemittances reportRemittances,
            Caller caller, String claimId) {
        return visibleClaims.find(caller, claimId)
                .flatMap(reportRemittances::ofClaim)
                .onErrorMap(ClaimNotDecided.class, undecided -> NotDecidedYet.problem(undecided, "FMT-01", "remittance"));
    }

    // validated first (a 400 names each field), then a 403 when the NPI is not the provider's own
    @GetMapping("/remittances")
    Mono<ProviderDayRemittance> ofProviderDay(Caller caller, @RequestParam(required = false) String providerNpi,
            @RequestParam(required = false) String paidOn) {
        return providerDay(reportRemittances, caller, providerNpi, paidOn);
    }

    /** The day's remittance as both GET /remittances and GET /x12/835 answer it. */
    static Mono<ProviderDayRemittance> providerDay(ReportRemittances reportRemittances, Caller caller,
            String providerNpi, String paidOn) {
        return Mono.defer(() -> {
            List<FieldProblem> problems = new ArrayList<>();
            Npi.problem(providerNpi).ifPresent(problem -> problems.add(new FieldProblem("providerNpi", "NPI",
                    providerNpi == null ? "providerNpi is required: the rendering provider's NPI" : problem)));
            LocalDate day = day(paidOn, problems);
            if (!problems.isEmpty()) {
                return Mono.error(RequestRejectedException.badRequest("Remittance query is incomplete", problems));
            }
            if (!mayRead(caller, providerNpi)) {
                return Mono.error(new AccessDeniedException("a provider reads only the remittances of its own NPI"));
            }
            return reportRemittances.ofProviderDay(providerNpi, day).flatMap(remittance -> MemberData.listed(
                    remittance.claims().stream().map(ClaimPaymentAdvice::patientMemberId).toList())
                    .thenReturn(remittance));
        });
    }

    private static LocalDate day(String paidOn, List<FieldProblem> problems) {
        if (paidOn == null || paidOn.isBlank()) {
            problems.add(new FieldProblem("paidOn", "NotNull", "paidOn is required: the day paid, as YYYY-MM-DD"));
            return null;
        }
        try {
            return LocalDate.parse(paidOn);
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem("paidOn", "Pattern", "paidOn must be a date as YYYY-MM-DD"));
            return null;
        }
    }

    // the table lets provider, admin and ops through; only a provider is bound to its NPI
    private static boolean mayRead(Caller caller, String providerNpi) {
        return caller.is(Role.ADMIN) || caller.is(Role.OPS) || caller.hasNpi(providerNpi);
    }
}
