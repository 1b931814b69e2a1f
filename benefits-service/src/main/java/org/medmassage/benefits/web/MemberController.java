package org.medmassage.benefits.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.medmassage.benefits.application.ActivateCoverage;
import org.medmassage.benefits.application.Coverages;
import org.medmassage.benefits.application.Members;
import org.medmassage.benefits.application.ReadBenefits;
import org.medmassage.benefits.application.RegisterMember;
import org.medmassage.benefits.application.UnknownPlanException;
import org.medmassage.codesets.problem.FieldProblem;
import org.medmassage.support.web.RequestRejectedException;
import org.medmassage.support.web.ResourceNotFoundException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
class MemberController {

    private final ActivateCoverage activateCoverage;
    private final Coverages coverages;
    private final ReadBenefits readBenefits;
    private final RegisterMember registerMember;
    private final Members members;
    private final Clock clock;

    MemberController(ActivateCoverage activateCoverage, Coverages coverages, ReadBenefits readBenefits,
            RegisterMember registerMember, Members members, Clock clock) {
        this.activateCoverage = activateCoverage;
        this.registerMember = registerMember;
        this.members = members;
        this.coverages = coverages;
        this.readBenefits = readBenefits;
        this.clock = clock;
    }

    /** The member's name and date of birth, announced as MemberRegistered (decision 0069). */
    @PutMapping("/members/{memberId}")
    Mono<MemberResponse> register(@PathVariable String memberId, @Valid @RequestBody MemberBody body) {
        return Mono.fromCallable(() -> body.toMember(memberId))
                .flatMap(registerMember::register)
                .map(MemberResponse::of);
    }

    @GetMapping("/members/{memberId}")
    Mono<MemberResponse> member(@PathVariable String memberId) {
        return members.findById(memberId)
                .switchIfEmpty(Mono.error(() -> new ResourceNotFoundException("member", memberId)))
                .map(MemberResponse::of);
    }

    @PutMapping("/members/{memberId}/coverage")
    Mono<CoverageResponse> activate(@PathVariable String memberId, @Valid @RequestBody CoverageBody body) {
        return Mono.fromCallable(() -> body.toCoverage(memberId))
                .flatMap(activateCoverage::activate)
                .onErrorMap(UnknownPlanException.class, e -> RequestRejectedException.unprocessable(
                        "Coverage cannot be activated", List.of(new FieldProblem("planId", "KnownPlan", e.getMessage()))))
                .map(CoverageResponse::of);
    }

    @GetMapping("/members/{memberId}/coverage")
    Mono<CoverageResponse> coverage(@PathVariable String memberId) {
        return coverages.findByMember(memberId)
                .switchIfEmpty(Mono.error(() -> new ResourceNotFoundException("coverage of member", memberId)))
                .map(CoverageResponse::of);
    }

    /** Every coverage period of the member, oldest first (gaps and plan changes show as separate periods). */
    @GetMapping("/members/{memberId}/coverages")
    Mono<java.util.List<CoverageResponse>> coverages(@PathVariable String memberId) {
        return coverages.findAllByMember(memberId).map(CoverageResponse::of).collectList();
    }

    /** CS-03: asOf (default today) selects the plan year shown. */
    @GetMapping("/members/{memberId}/benefits")
    Mono<BenefitsResponse> benefits(@PathVariable String memberId,
                                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        LocalDate date = asOf == null ? LocalDate.now(clock) : asOf;
        return readBenefits.asOf(memberId, date)
                .switchIfEmpty(Mono.error(() -> new ResourceNotFoundException("coverage of member", memberId + " on " + date)))
                .map(benefits -> BenefitsResponse.of(memberId, benefits));
    }

    /** The member's ledger rows with their claims, oldest first: the audit trail behind the balances. */
    @GetMapping("/members/{memberId}/ledger")
    Mono<LedgerResponse> ledger(@PathVariable String memberId) {
        return readBenefits.ledger(memberId).collectList().map(rows -> new LedgerResponse(memberId, rows));
    }
}
