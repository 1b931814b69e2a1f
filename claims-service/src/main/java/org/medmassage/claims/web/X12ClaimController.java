package org.medmassage.claims.web;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.medmassage.claims.application.SubmitClaimFile;
import org.medmassage.claims.x12.Acknowledgment999;
import org.medmassage.claims.x12.Claim837Mapper;
import org.medmassage.claims.x12.Interchange;
import org.medmassage.claims.x12.MappedClaim;
import org.medmassage.claims.x12.X12Reader;
import org.medmassage.codesets.problem.FieldProblem;
import org.medmassage.support.security.Caller;
import org.medmassage.support.security.MemberData;
import org.medmassage.support.web.RequestRejectedException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * POST /x12/837 (issue 18 item 1, decision 0078): an 837P interchange in, its 999 out, with the ids of the claims
 * stored in {@code X-Claim-Ids} ({@code CLM01=claimId}, comma-separated, in file order). Each claim goes through
 * the intake of POST /claims; a provider sends only claims rendered under its own NPI (403 and nothing stored
 * otherwise). Not X12 at all: 400; an envelope at fault: TA1 R; a transaction set at fault or refused: IK5 R.
 */
@RestController
class X12ClaimController {

    static final String EDI_X12 = "application/edi-x12";
    static final String CLAIM_IDS = "X-Claim-Ids";

    private final SubmitClaimFile submitClaimFile;
    private final Clock clock;

    X12ClaimController(SubmitClaimFile submitClaimFile, Clock clock) {
        this.submitClaimFile = submitClaimFile;
        this.clock = clock;
    }

    @PostMapping(path = "/x12/837", consumes = EDI_X12, produces = EDI_X12)
    Mono<ResponseEntity<String>> submit(Caller caller, @RequestBody(required = false) String body) {
        return Mono.defer(() -> {
            Interchange interchange;
            try {
                interchange = X12Reader.read(body);
            } catch (X12Reader.NotX12 notX12) {
                return Mono.error(RequestRejectedException.badRequest("Body is not an X12 interchange",
                        List.of(new FieldProblem("body", "X12", notX12.getMessage()))));
            }
            long control = clock.millis() / 1000;
            LocalDateTime now = LocalDateTime.now(clock);
            if (!interchange.errors().isEmpty()) {
                return Mono.just(answer(Acknowledgment999.interchangeRejected(interchange, control, now), List.of()));
            }
            List<List<Claim837Mapper.Result>> mapped = interchange.groups().stream()
                    .map(group -> group.transactionSets().stream().map(X12ClaimController::mapped).toList())
                    .toList();
            return mayAct(caller, mapped).then(Flux.range(0, interchange.groups().size())
                    .concatMap(g -> submitGroup(interchange.groups().get(g), mapped.get(g)))
                    .collectList()
                    .map(answers -> answer(Acknowledgment999.of(interchange, answers.stream()
                            .map(group -> group.stream().map(SubmitClaimFile.SetAnswer::outcome).toList()).toList(),
                            control, now), answers.stream().flatMap(List::stream).toList())));
        });
    }

    // a group the envelope check failed (GS06 ≠ GE02, GE01 ≠ the sets) is not read: every set of it is rejected
    private Mono<List<SubmitClaimFile.SetAnswer>> submitGroup(Interchange.FunctionalGroup group,
            List<Claim837Mapper.Result> mapped) {
        return Flux.range(0, group.transactionSets().size())
                .concatMap(i -> submitClaimFile.submit(group.transactionSets().get(i), group.errors().isEmpty()
                        ? mapped.get(i) : Claim837Mapper.Result.none()))
                .map(answer -> group.errors().isEmpty() ? answer : new SubmitClaimFile.SetAnswer(
                        new Acknowledgment999.SetOutcome(answer.outcome().set(), group.errors(),
                                answer.outcome().errors(), answer.outcome().warnings()), List.of()))
                .collectList();
    }

    private static Claim837Mapper.Result mapped(Interchange.TransactionSet set) {
        return set.type().equals("837") ? Claim837Mapper.map(set) : Claim837Mapper.Result.none();
    }

    // every claim of the file before any is stored, as POST /claims checks its one claim (MemberData.actingFor)
    private static Mono<Void> mayAct(Caller caller, List<List<Claim837Mapper.Result>> mapped) {
        List<MappedClaim> claims = mapped.stream().flatMap(List::stream).flatMap(result -> result.claims().stream())
                .toList();
        return Flux.fromIterable(claims).concatMap(claim -> MemberData.actingFor(caller,
                claim.submission().memberId(), claim.submission().renderingProviderNpi())).then();
    }

    private static ResponseEntity<String> answer(String acknowledgment, List<SubmitClaimFile.SetAnswer> sets) {
        List<String> ids = new ArrayList<>();
        sets.forEach(set -> set.claims().forEach(claim -> ids.add(claim.mapped().patientControlNumber() + "="
                + claim.claim().id())));
        var response = ResponseEntity.ok().header("Content-Type", EDI_X12);
        if (!ids.isEmpty()) {
            response = response.header(CLAIM_IDS, ids.stream().collect(Collectors.joining(",")));
        }
        return response.body(acknowledgment);
    }
}
