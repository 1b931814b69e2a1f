package org.medmassage.claims.x12;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.medmassage.claims.intake.ClaimFrequency;
import org.medmassage.claims.intake.ClaimSubmission;
import org.medmassage.claims.intake.SubmittedLine;
import org.medmassage.claims.payer.ClaimPayer;
import org.medmassage.claims.payer.Payer;
import org.medmassage.claims.payer.PriorPayerDenial;
import org.medmassage.claims.payer.RelatedCause;
import org.medmassage.claims.payer.WorkersCompensation;

/**
 * One 2300 loop being read: what {@link Claim837Mapper} found in the CLM and the segments after it, and the field
 * sources for the 999. Built into the same {@link ClaimSubmission} as POST /claims builds from JSON (decision 0078).
 */
final class ClaimDraft {

    /** A 2400 loop: LX, SV1 and its DTP*472. */
    static final class LineDraft {
        final X12Segment lx;
        X12Segment sv1;
        String procedureCode;
        List<String> modifiers = List.of();
        Integer minutes;
        Integer units;
        BigDecimal charge;
        List<Integer> pointers = List.of();
        LocalDate date;
        boolean otherPayerAdjudication;

        LineDraft(X12Segment lx) {
            this.lx = lx;
        }
    }

    /** What the 2000B/2010BA/2010BB loops said: the subscriber, the payer and the P&C claim number. */
    record Subscriber(String memberId, Payer payer, String carrierName, String propertyCasualtyClaimNumber) {
    }

    final X12Segment clm;
    final String patientControlNumber;
    final Map<String, MappedClaim.Source> sources = new HashMap<>();
    final List<String> diagnosisCodes = new ArrayList<>();
    final List<LineDraft> lines = new ArrayList<>();
    String placeOfService;
    ClaimFrequency frequency = ClaimFrequency.ORIGINAL;
    List<RelatedCause> relatedCauses = List.of();
    String accidentState;
    LocalDate dateOfInjury;
    String authorizationNumber;
    String referralNumber;
    String originalClaimId;
    String renderingNpi;
    boolean otherPayer;
    String priorCarc;
    BigDecimal priorPaid;

    ClaimDraft(X12Segment clm) {
        this.clm = clm;
        this.patientControlNumber = clm.element(1);
        sources.put("patientControlNumber", new MappedClaim.Source(clm, 1, 0));
    }

    void source(String field, X12Segment segment, int element, int component) {
        sources.put(field, new MappedClaim.Source(segment, element, component));
    }

    LineDraft line() {
        return lines.isEmpty() ? null : lines.get(lines.size() - 1);
    }

    MappedClaim build(Subscriber subscriber, String billingNpi) {
        List<SubmittedLine> submitted = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            LineDraft line = lines.get(i);
            submitted.add(new SubmittedLine(line.procedureCode, line.modifiers, line.minutes, line.units, line.charge,
                    line.pointers, line.date));
        }
        String rendering = renderingNpi == null ? billingNpi : renderingNpi;
        // a claim is one date of service (claims README, known limits): the first line's, as the JSON gives it
        LocalDate dateOfService = lines.isEmpty() ? null : lines.get(0).date;
        ClaimSubmission submission = new ClaimSubmission(subscriber.memberId(), authorizationNumber, rendering,
                dateOfService, placeOfService, diagnosisCodes, submitted, billingNpi, patientControlNumber,
                referralNumber, frequency, originalClaimId, payer(subscriber));
        return new MappedClaim(patientControlNumber, submission, clm, sources);
    }

    private ClaimPayer payer(Subscriber subscriber) {
        Payer payer = subscriber.payer();
        WorkersCompensation wc = payer == Payer.WORKERS_COMP
                ? new WorkersCompensation(subscriber.carrierName(), subscriber.propertyCasualtyClaimNumber(), null)
                : null;
        return new ClaimPayer(payer, relatedCauses, accidentState, dateOfInjury, wc,
                priorCarc == null ? null : new PriorPayerDenial(priorCarc, priorPaid));
    }
}
