package org.medmassage.claims.application;

import java.util.List;
import java.util.stream.Stream;
import org.medmassage.claims.adjudication.Claim;
import org.medmassage.claims.adjudication.DuplicateClaimPolicy;
import org.medmassage.claims.adjudication.UncoveredLine;
import org.medmassage.claims.coding.BilledProcedure;
import org.medmassage.claims.coding.CodingEdits;
import org.medmassage.support.lock.MemberLock;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Intake's duplicate check: under the member's lock (taken first in the unit of work, held to commit) the lines on
 * file are read and the new claim's duplicates denied, so of two identical claims sent at once the second to take the
 * lock sees the first and only one can be paid. The coding edits (NCCI pairs, medically unlikely units; decision 0054)
 * deny their lines at the same point, so an edited line, like a duplicate, consumes no visit and posts nothing.
 */
@Component
class DuplicateCheck {

    private final MemberLock memberLock;
    private final BilledServices billedServices;
    private final DuplicateClaimPolicy policy;
    private final CodingEdits codingEdits;

    DuplicateCheck(MemberLock memberLock, BilledServices billedServices, DuplicateClaimPolicy policy,
            CodingEdits codingEdits) {
        this.memberLock = memberLock;
        this.billedServices = billedServices;
        this.policy = policy;
        this.codingEdits = codingEdits;
    }

    Mono<Void> lockMember(String memberId) {
        return memberLock.lock(memberId);
    }

    /**
     * The received claim with its duplicate lines denied OA-18 and the lines the coding edits deny (the same claim when
     * there are none).
     */
    Mono<Claim> denyDuplicates(Claim received) {
        var header = received.header();
        return billedServices.onFile(header.memberId(), header.renderingProviderNpi(), header.dateOfService())
                .collectList()
                .map(onFile -> {
                    List<UncoveredLine> duplicates = policy.duplicates(received, onFile);
                    return received.denyAtIntake(Stream.concat(duplicates.stream(), edited(received, duplicates))
                            .toList());
                });
    }

    private Stream<UncoveredLine> edited(Claim received, List<UncoveredLine> duplicates) {
        List<BilledProcedure> billed = received.lines().stream()
                .map(line -> new BilledProcedure(line.lineNumber(), line.procedureCode(), line.modifiers(),
                        line.units()))
                .toList();
        return codingEdits.deniedLines(received.dateOfService(), billed,
                        duplicates.stream().map(UncoveredLine::lineNumber).toList()).stream()
                .map(edit -> new UncoveredLine(edit.lineNumber(), edit.rejection()));
    }
}
