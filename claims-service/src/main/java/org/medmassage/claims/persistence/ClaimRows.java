package org.medmassage.claims.persistence;

import io.r2dbc.spi.Readable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.medmassage.claims.adjudication.Claim;
import org.medmassage.claims.adjudication.ClaimAdjustment;
import org.medmassage.claims.adjudication.ClaimHeader;
import org.medmassage.claims.adjudication.ClaimLine;
import org.medmassage.claims.adjudication.ClaimStatus;
import org.medmassage.claims.adjudication.Pend;
import org.medmassage.claims.adjudication.Remittance;
import org.medmassage.claims.adjudication.RemittanceLine;
import org.medmassage.claims.adjudication.UncoveredLine;
import org.medmassage.claims.adjudication.Voiding;
import org.medmassage.claims.coding.TimedUnitMethod;
import org.medmassage.claims.payer.ClaimPayer;
import org.medmassage.claims.payer.Payer;
import org.medmassage.claims.payer.PriorPayerDenial;
import org.medmassage.claims.payer.RelatedCause;
import org.medmassage.claims.payer.WorkersCompensation;
import org.medmassage.codesets.money.Money;
import org.medmassage.codesets.remittance.AdjustmentGroup;
import org.medmassage.codesets.remittance.CodedRejection;
import org.medmassage.events.NetworkTier;

/** Maps claim, line and adjustment rows back to the aggregate; money is re-scaled defensively. */
final class ClaimRows {

    record Header(ClaimHeader header, ClaimStatus status, String denialReason, Voiding voiding, Pend pend) {
    }

    /**
     * A priced line, its denial before cost share if any (PA-05, Example 6d), and once the claim is decided its
     * remittance columns (adjustments are added later).
     */
    record Line(ClaimLine priced, UncoveredLine deniedBeforeCostShare, RemittanceLine remitted) {
    }

    record Adjustment(int lineNumber, ClaimAdjustment adjustment) {
    }

    private ClaimRows() {
    }

    static Header header(Readable row) {
        ClaimHeader header = new ClaimHeader(row.get("id", UUID.class), row.get("member_id", String.class),
                row.get("authorization_number", String.class), row.get("rendering_provider_npi", String.class),
                NetworkTier.valueOf(row.get("network_tier", String.class)), row.get("date_of_service", LocalDate.class),
                row.get("place_of_service", String.class), List.of(row.get("diagnosis_codes", String[].class)),
                row.get("billing_provider_npi", String.class), row.get("patient_control_number", String.class),
                row.get("referral_number", String.class), row.get("replaces_claim_id", UUID.class),
                row.get("rendering_provider_taxonomy", String.class),
                timedUnitMethod(row.get("timed_unit_method", String.class)), payer(row));
        String voidReason = row.get("void_reason", String.class);
        Voiding voiding = voidReason == null ? null : new Voiding(voidReason, row.get("voided_at", Instant.class),
                row.get("replaced_by_claim_id", UUID.class));
        String pendedStep = row.get("pended_step", String.class);
        Pend pend = pendedStep == null ? null : new Pend(ClaimStatus.valueOf(pendedStep),
                row.get("pend_reason", String.class), row.get("pended_at", Instant.class));
        return new Header(header, ClaimStatus.valueOf(row.get("status", String.class)),
                row.get("denial_reason", String.class), voiding, pend);
    }

    private static ClaimPayer payer(Readable row) {
        String carrier = row.get("wc_carrier_name", String.class);
        String claimNumber = row.get("wc_claim_number", String.class);
        String employer = row.get("wc_employer_name", String.class);
        String priorCarc = row.get("prior_payer_denial_carc", String.class);
        return new ClaimPayer(Payer.valueOf(row.get("payer", String.class)),
                Arrays.stream(row.get("related_causes", String[].class)).map(RelatedCause::valueOf).toList(),
                row.get("accident_state", String.class), row.get("date_of_injury", LocalDate.class),
                carrier == null && claimNumber == null && employer == null ? null
                        : new WorkersCompensation(carrier, claimNumber, employer),
                priorCarc == null ? null
                        : new PriorPayerDenial(priorCarc, row.get("prior_payer_paid", BigDecimal.class)));
    }

    private static TimedUnitMethod timedUnitMethod(String stored) {
        return stored == null ? null : TimedUnitMethod.valueOf(stored);
    }

    static Line line(Readable row) {
        int lineNumber = row.get("line_number", Integer.class);
        String code = row.get("procedure_code", String.class);
        List<String> modifiers = List.of(row.get("modifiers", String[].class));
        int units = row.get("units", Integer.class);
        BigDecimal charge = money(row, "charge");
        ClaimLine priced = new ClaimLine(lineNumber, code, modifiers, units, charge, money(row, "priced_allowed"),
                Arrays.asList(row.get("diagnosis_pointers", Integer[].class)));
        String denialGroup = row.get("denial_group", String.class);
        UncoveredLine deniedEarly = denialGroup == null ? null : new UncoveredLine(lineNumber, new CodedRejection(
                AdjustmentGroup.valueOf(denialGroup), row.get("denial_carc", String.class),
                row.get("denial_rarc", String.class), row.get("denial_reason", String.class)));
        Boolean denied = row.get("denied", Boolean.class);
        if (denied == null) {
            return new Line(priced, deniedEarly, null);
        }
        RemittanceLine remitted = new RemittanceLine(lineNumber, code, modifiers, units, charge, money(row, "allowed"),
                money(row, "deductible"), money(row, "copay"), money(row, "coinsurance"), money(row, "plan_paid"),
                money(row, "patient_responsibility"), List.of(), List.of(row.get("remark_codes", String[].class)),
                denied);
        return new Line(priced, deniedEarly, remitted);
    }

    static Adjustment adjustment(Readable row) {
        return new Adjustment(row.get("line_number", Integer.class), new ClaimAdjustment(
                AdjustmentGroup.valueOf(row.get("group_code", String.class)), row.get("carc", String.class),
                money(row, "amount")));
    }

    static Map<Integer, List<ClaimAdjustment>> asLists(Map<Integer, Collection<ClaimAdjustment>> grouped) {
        return grouped.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> List.copyOf(e.getValue())));
    }

    static Claim claim(Header header, List<Line> lines, Map<Integer, List<ClaimAdjustment>> adjustments) {
        List<ClaimLine> priced = lines.stream().map(Line::priced).toList();
        List<UncoveredLine> deniedEarly = lines.stream().map(Line::deniedBeforeCostShare)
                .filter(Objects::nonNull).toList();
        if (!header.status().isTerminal()) {
            return Claim.restore(header.header(), priced, header.status(), deniedEarly, header.pend());
        }
        List<RemittanceLine> remitted = new ArrayList<>();
        for (Line line : lines) {
            RemittanceLine r = line.remitted();
            remitted.add(new RemittanceLine(r.lineNumber(), r.procedureCode(), r.modifiers(), r.units(), r.charge(),
                    r.allowed(), r.deductible(), r.copay(), r.coinsurance(), r.planPaid(), r.patientResponsibility(),
                    adjustments.getOrDefault(r.lineNumber(), List.of()), r.remarkCodes(), r.denied()));
        }
        return Claim.restore(header.header(), priced, header.status(), new Remittance(remitted, header.denialReason()),
                header.voiding(), deniedEarly);
    }

    private static BigDecimal money(Readable row, String column) {
        BigDecimal amount = row.get(column, BigDecimal.class);
        return amount == null ? null : Money.scaled(amount);
    }
}
