package org.medmassage.claims.x12;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * An 835 read back with staedi (envelopes checked) and RULEBOOK §8.2's balance rules computed from its segments:
 * per SVC, SVC02 − Σ CAS = SVC03; per CLP, CLP03 − Σ CAS = CLP04 and CLP05 = Σ PR; BPR02 = Σ CLP04 − Σ PLB.
 */
public final class Balances835 {

    private Balances835() {
    }

    /** The 835's transaction set, once its envelopes and every balance rule have been checked. */
    public static Interchange.TransactionSet assertBalanced(String text) throws X12Reader.NotX12 {
        Interchange interchange = X12Reader.read(text);
        assertThat(interchange.errors()).as("TA1 errors").isEmpty();
        assertThat(interchange.groups()).singleElement().satisfies(group -> assertThat(group.errors()).isEmpty());
        Interchange.TransactionSet set = interchange.groups().get(0).transactionSets().get(0);
        assertThat(set.wellFormed()).as("ST/SE of the 835").isTrue();
        assertThat(set.version()).isEqualTo("005010X221A1");
        assertThat(violations(set.segments())).isEmpty();
        return set;
    }

    static List<String> violations(List<X12Segment> segments) {
        List<String> violations = new ArrayList<>();
        BigDecimal bpr = null;
        BigDecimal paidClaims = BigDecimal.ZERO;
        BigDecimal plb = BigDecimal.ZERO;
        X12Segment clp = null;
        BigDecimal claimCas = BigDecimal.ZERO;
        BigDecimal claimPr = BigDecimal.ZERO;
        X12Segment svc = null;
        BigDecimal lineCas = BigDecimal.ZERO;
        for (X12Segment s : segments) {
            switch (s.tag()) {
                case "BPR" -> bpr = new BigDecimal(s.element(2));
                case "CLP", "PLB", "SE" -> {
                    checkLine(svc, lineCas, violations);
                    svc = null;
                    checkClaim(clp, claimCas, claimPr, violations);
                    clp = null;
                    if (s.tag().equals("CLP")) {
                        clp = s;
                        claimCas = BigDecimal.ZERO;
                        claimPr = BigDecimal.ZERO;
                        paidClaims = paidClaims.add(new BigDecimal(s.element(4)));
                    } else if (s.tag().equals("PLB")) {
                        for (int amount = 4; amount <= s.elementCount(); amount += 2) {
                            plb = plb.add(new BigDecimal(s.element(amount)));
                        }
                    }
                }
                case "SVC" -> {
                    checkLine(svc, lineCas, violations);
                    svc = s;
                    lineCas = BigDecimal.ZERO;
                }
                case "CAS" -> {
                    BigDecimal sum = BigDecimal.ZERO;
                    for (int amount = 3; amount <= s.elementCount(); amount += 3) {
                        sum = sum.add(new BigDecimal(s.element(amount)));
                    }
                    lineCas = lineCas.add(sum);
                    claimCas = claimCas.add(sum);
                    if (s.element(1).equals("PR")) {
                        claimPr = claimPr.add(sum);
                    }
                }
                default -> { }
            }
        }
        if (bpr == null || bpr.compareTo(paidClaims.subtract(plb)) != 0) {
            violations.add("BPR02 " + bpr + " ≠ Σ CLP04 " + paidClaims + " − Σ PLB " + plb);
        }
        return violations;
    }

    private static void checkLine(X12Segment svc, BigDecimal cas, List<String> violations) {
        if (svc != null && new BigDecimal(svc.element(2)).subtract(cas).compareTo(new BigDecimal(svc.element(3))) != 0) {
            violations.add("SVC at " + svc.position() + ": " + svc.element(2) + " − " + cas + " ≠ " + svc.element(3));
        }
    }

    private static void checkClaim(X12Segment clp, BigDecimal cas, BigDecimal pr, List<String> violations) {
        if (clp == null) {
            return;
        }
        if (new BigDecimal(clp.element(3)).subtract(cas).compareTo(new BigDecimal(clp.element(4))) != 0) {
            violations.add("CLP " + clp.element(1) + ": " + clp.element(3) + " − " + cas + " ≠ " + clp.element(4));
        }
        if (new BigDecimal(clp.element(5)).compareTo(pr) != 0) {
            violations.add("CLP " + clp.element(1) + ": CLP05 " + clp.element(5) + " ≠ Σ PR " + pr);
        }
    }
}
