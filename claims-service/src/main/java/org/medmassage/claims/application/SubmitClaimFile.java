package org.medmassage.claims.application;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.medmassage.claims.adjudication.Claim;
import org.medmassage.claims.x12.Acknowledgment999;
import org.medmassage.claims.x12.Claim837Mapper;
import org.medmassage.claims.x12.Interchange;
import org.medmassage.claims.x12.MappedClaim;
import org.medmassage.claims.x12.SegmentError;
import org.medmassage.support.outbox.UnitOfWork;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The claims of one 837P transaction set, each through {@link SubmitClaim} as POST /claims submits it, so every intake
 * rule applies the same way (decision 0078). The set is one unit of work: a claim the intake refuses rolls back the
 * claims before it and the set is rejected in the 999 (IK5 R) at the segment and element of each problem — a 999
 * accepts or rejects whole transaction sets, so nothing of a rejected set is stored.
 */
@Service
public class SubmitClaimFile {

    /** A claim of an accepted set: as mapped and as stored (or the voided original for frequency 8). */
    public record Received(MappedClaim mapped, Claim claim) {
    }

    /** The set's line in the 999 and the claims it stored (none when rejected). */
    public record SetAnswer(Acknowledgment999.SetOutcome outcome, List<Received> claims) {

        public SetAnswer {
            claims = List.copyOf(claims);
        }
    }

    private final UnitOfWork unitOfWork;
    private final SubmitClaim submitClaim;

    public SubmitClaimFile(UnitOfWork unitOfWork, SubmitClaim submitClaim) {
        this.unitOfWork = unitOfWork;
        this.submitClaim = submitClaim;
    }

    public Mono<SetAnswer> submit(Interchange.TransactionSet set, Claim837Mapper.Result mapped) {
        if (!set.wellFormed() || !mapped.errors().isEmpty()) {
            List<SegmentError> errors = new ArrayList<>(set.segmentErrors());
            errors.addAll(mapped.errors());
            return Mono.just(new SetAnswer(new Acknowledgment999.SetOutcome(set, set.errors(), errors,
                    mapped.warnings()), List.of()));
        }
        // the claims join this transaction (SubmitClaim's own unit of work participates in it)
        return unitOfWork.execute(Flux.fromIterable(mapped.claims())
                        .concatMap(claim -> submitClaim.submit(claim.submission())
                                .onErrorMap(ClaimRejected.class, rejected -> new RefusedInSet(claim, rejected)))
                        .collectList())
                .map(stored -> new SetAnswer(new Acknowledgment999.SetOutcome(set, List.of(), List.of(),
                        mapped.warnings()), received(mapped.claims(), stored)))
                .onErrorResume(RefusedInSet.class, refused -> Mono.just(new SetAnswer(
                        new Acknowledgment999.SetOutcome(set, List.of(), refused.rejected.problems().stream()
                                .map(refused.claim::errorFor).toList(), mapped.warnings()), List.of())));
    }

    private static List<Received> received(List<MappedClaim> mapped, List<Claim> stored) {
        return IntStream.range(0, mapped.size())
                .mapToObj(i -> new Received(mapped.get(i), stored.get(i))).toList();
    }

    /** A claim of the set the intake refused: the set's transaction rolls back. */
    private static final class RefusedInSet extends RuntimeException {
        private final transient MappedClaim claim;
        private final ClaimRejected rejected;

        RefusedInSet(MappedClaim claim, ClaimRejected rejected) {
            super(rejected.getMessage(), null, false, false);
            this.claim = claim;
            this.rejected = rejected;
        }
    }
}
