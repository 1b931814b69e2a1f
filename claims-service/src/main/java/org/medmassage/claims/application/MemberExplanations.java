package org.medmassage.claims.application;

import org.medmassage.claims.adjudication.Claim;
import org.medmassage.claims.explanation.ExplanationOfBenefits;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A member's explanations of benefits, newest date of service first (issue 18 item 4, CARIN Blue Button): the claims
 * still in the saga have none yet and are left out.
 */
@Service
public class MemberExplanations {

    /** A patient app reads a year or two of visits; more is paging the issue leaves for later. */
    static final int MOST = 200;

    private final Claims claims;
    private final ExplainBenefits explainBenefits;

    public MemberExplanations(Claims claims, ExplainBenefits explainBenefits) {
        this.claims = claims;
        this.explainBenefits = explainBenefits;
    }

    public Flux<Explained> of(String memberId) {
        return claims.idsOfMember(memberId, MOST)
                .concatMap(claims::find)
                .concatMap(claim -> explainBenefits.explain(claim).map(eob -> new Explained(claim, eob))
                        .onErrorResume(ClaimNotDecided.class, undecided -> Mono.empty()));
    }

    /** A decided claim and its explanation. */
    public record Explained(Claim claim, ExplanationOfBenefits explanation) {
    }
}
