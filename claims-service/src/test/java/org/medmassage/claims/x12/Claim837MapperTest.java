package org.medmassage.claims.x12;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medmassage.claims.x12.X12Fixtures.edited;
import static org.medmassage.claims.x12.X12Fixtures.story;
import static org.medmassage.claims.x12.X12Fixtures.text;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.medmassage.claims.intake.ClaimFrequency;
import org.medmassage.claims.intake.ClaimSubmission;
import org.medmassage.claims.intake.SubmittedLine;
import org.medmassage.claims.payer.Payer;
import org.medmassage.claims.payer.RelatedCause;
import org.medmassage.codesets.problem.FieldProblem;

class Claim837MapperTest {

    @Test
    void maps_the_story_837P_to_the_claims_the_JSON_API_would_build() throws Exception {
        List<MappedClaim> claims = claimsOf(story("M-1"));

        assertThat(claims).extracting(MappedClaim::patientControlNumber).containsExactly("VISIT-1", "VISIT-2");
        ClaimSubmission first = claims.get(0).submission();
        assertThat(first).isEqualTo(new ClaimSubmission("M-1", "A123", "1234567893", LocalDate.of(2026, 3, 10), "11",
                List.of("M54.50"), List.of(new SubmittedLine("97124", List.of("GP"), 30, null, new BigDecimal("120.00"),
                        List.of(1), LocalDate.of(2026, 3, 10))), "1234567893", "VISIT-1", null,
                ClaimFrequency.ORIGINAL, null, first.payer()));
        assertThat(first.payer().payer()).isEqualTo(Payer.HEALTH_PLAN);
        assertThat(claims.get(1).submission().lines().get(0).minutes()).isEqualTo(38);
        assertThat(claims.get(1).submission().dateOfService()).isEqualTo(LocalDate.of(2026, 3, 17));
    }

    @Test
    void reads_units_modifiers_pointers_referral_and_a_replacement() throws Exception {
        String text = edited(edited(story("M-1"), "SV1*HC:97124:GP*120.00*MJ*30***1~",
                "SV1*HC:97124:GP:59*120.00*UN*2.00***1:2~"), "CLM*VISIT-1*120.00***11:B:1*Y*A*Y*Y~REF*G1*A123~",
                "CLM*VISIT-1*120.00***11:B:7*Y*A*Y*Y~REF*G1*A123~REF*9F*R-77~REF*F8*C-1~");
        text = edited(text, "HI*ABK:M5450~", "HI*ABK:M5450*ABF:M62830~");

        ClaimSubmission claim = claimsOf(text).get(0).submission();

        assertThat(claim.lines().get(0)).isEqualTo(new SubmittedLine("97124", List.of("GP", "59"), null, 2,
                new BigDecimal("120.00"), List.of(1, 2), LocalDate.of(2026, 3, 10)));
        assertThat(claim.diagnosisCodes()).containsExactly("M54.50", "M62.830");
        assertThat(claim.frequency()).isEqualTo(ClaimFrequency.REPLACEMENT);
        assertThat(claim.referralNumber()).isEqualTo("R-77");
        assertThat(claim.originalClaimId()).isEqualTo("C-1");
    }

    @Test
    void takes_the_rendering_npi_of_2310B_and_the_billing_one_without_it() throws Exception {
        String text = edited(story("M-1"), "NM1*82*1*LEE*DANA****XX*1234567893~", "NM1*82*1*LEE*DANA****XX*1245319599~");
        text = edited(text, "NM1*82*1*LEE*DANA****XX*1234567893~", "");

        List<MappedClaim> claims = claimsOf(text);

        assertThat(claims.get(0).submission().renderingProviderNpi()).isEqualTo("1245319599");
        assertThat(claims.get(0).submission().billingProviderNpi()).isEqualTo("1234567893");
        assertThat(claims.get(1).submission().renderingProviderNpi()).isEqualTo("1234567893");
    }

    @Test
    void maps_workers_comp_with_the_carrier_claim_number_and_the_injury() throws Exception {
        String text = edited(story("M-1"), "SBR*P*18*GRP100******CI~", "SBR*P*18*GRP100******WC~");
        text = edited(text, "DMG*D8*19850412*F~", "DMG*D8*19850412*F~REF*Y4*WC-2026-1~");
        text = edited(text, "11:B:1*Y*A*Y*Y~", "11:B:1*Y*A*Y*Y**EM~DTP*439*D8*20260301~");

        ClaimSubmission claim = claimsOf(text).get(0).submission();

        assertThat(claim.payer().payer()).isEqualTo(Payer.WORKERS_COMP);
        assertThat(claim.payer().relatedCauses()).containsExactly(RelatedCause.EMPLOYMENT);
        assertThat(claim.payer().dateOfInjury()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(claim.payer().workersCompensation().claimNumber()).isEqualTo("WC-2026-1");
        assertThat(claim.payer().workersCompensation().carrierName()).isEqualTo("MEDMASSAGE HEALTH PLAN");
    }

    @Test
    void maps_an_auto_accident_with_its_state_and_the_prior_payers_denial() throws Exception {
        String text = edited(story("M-1"), "11:B:1*Y*A*Y*Y~", "11:B:1*Y*A*Y*Y**AA:::WA~DTP*439*D8*20260301~");
        text = edited(text, "DTP*472*D8*20260310~", "DTP*472*D8*20260310~SBR*S*18*******AM~CAS*PR*119*50.00~"
                + "AMT*D*50.00~NM1*IL*1*RIVERA*ANA****MI*PIP-9~NM1*PR*2*AUTO INSURER*****PI*AUTO1~");
        // 2320 comes before 2400 in the guide; here the line is first to show SBR after LX ends the line loop
        text = edited(text, "LX*1~SV1*HC:97124:GP*120.00*MJ*30***1~DTP*472*D8*20260310~", "");
        text = edited(text, "AUTO1~", "AUTO1~LX*1~SV1*HC:97124:GP*120.00*MJ*30***1~DTP*472*D8*20260310~");

        ClaimSubmission claim = claimsOf(text).get(0).submission();

        assertThat(claim.payer().relatedCauses()).containsExactly(RelatedCause.AUTO_ACCIDENT);
        assertThat(claim.payer().accidentState()).isEqualTo("WA");
        assertThat(claim.payer().priorPayerDenial().carc()).isEqualTo("119");
        assertThat(claim.payer().priorPayerDenial().paid()).isEqualTo(new BigDecimal("50.00"));
        assertThat(claim.lines()).hasSize(1);
    }

    @Test
    void refuses_an_icd9_qualifier_at_HI01_1() throws Exception {
        assertThat(errorsOf(edited(story("M-1"), "HI*ABK:M5450~", "HI*BK:7242~")))
                .contains(new SegmentError("HI", 19, "8", new SegmentError.ElementError(1, 1, "7", "BK"), "VISIT-1"));
    }

    @Test
    void refuses_a_quantity_qualifier_other_than_UN_or_MJ_at_SV103() throws Exception {
        assertThat(errorsOf(edited(story("M-1"), "MJ*30", "DA*30")))
                .contains(new SegmentError("SV1", 23, "8", new SegmentError.ElementError(3, 0, "7", "DA"), "VISIT-1"));
    }

    @Test
    void refuses_a_procedure_qualifier_other_than_HC_at_SV101_1() throws Exception {
        assertThat(errorsOf(edited(story("M-1"), "SV1*HC:97124", "SV1*ER:97124")))
                .extracting(SegmentError::element).contains(new SegmentError.ElementError(1, 1, "7", "ER"));
    }

    @Test
    void refuses_an_unknown_claim_filing_indicator_frequency_and_related_cause() throws Exception {
        String text = edited(story("M-1"), "******CI~", "******XX~");
        text = edited(text, "11:B:1*Y*A*Y*Y~", "11:B:9*Y*A*Y*Y**ZZ~");

        assertThat(errorsOf(text)).extracting(error -> error.tag() + "-" + error.element().element() + "-"
                + error.element().component()).contains("SBR-9-0", "CLM-5-3", "CLM-11-1");
    }

    @Test
    void refuses_a_date_range_and_an_impossible_date_on_DTP_472() throws Exception {
        assertThat(errorsOf(edited(story("M-1"), "DTP*472*D8*20260310", "DTP*472*RD8*20260310-20260311")))
                .extracting(SegmentError::element).contains(new SegmentError.ElementError(2, 0, "7", "RD8"));
        assertThat(errorsOf(edited(story("M-1"), "DTP*472*D8*20260310", "DTP*472*D8*20260231")))
                .extracting(SegmentError::element).contains(new SegmentError.ElementError(3, 0, "8", "20260231"));
    }

    @Test
    void refuses_a_member_without_the_MI_qualifier_at_NM108() throws Exception {
        assertThat(errorsOf(edited(story("M-1"), "****MI*M-1", "****II*M-1"))).filteredOn(e -> e.element() != null)
                .extracting(error -> error.tag() + "-" + error.element().element()).containsExactly("NM1-8");
    }

    @Test
    void refuses_fractional_units_at_SV104() throws Exception {
        assertThat(errorsOf(edited(story("M-1"), "MJ*30", "UN*1.5")))
                .containsExactly(new SegmentError("SV1", 23, "8", new SegmentError.ElementError(4, 0, "6", "1.5"),
                        "VISIT-1"));
    }

    @Test
    void refuses_what_POST_claims_refuses_a_bad_modifier_97_units_1441_minutes_and_a_39_character_CLM01()
            throws Exception {
        assertThat(errorsOf(edited(story("M-1"), "HC:97124:GP*", "HC:97124:G*")))
                .extracting(SegmentError::element).contains(new SegmentError.ElementError(1, 3, "7", "G"));
        assertThat(errorsOf(edited(story("M-1"), "MJ*30", "UN*97")))
                .extracting(SegmentError::element).contains(new SegmentError.ElementError(4, 0, "I12", "97"));
        assertThat(errorsOf(edited(story("M-1"), "MJ*30", "MJ*1441")))
                .extracting(SegmentError::element).contains(new SegmentError.ElementError(4, 0, "I12", "1441"));
        assertThat(errorsOf(edited(story("M-1"), "CLM*VISIT-1*", "CLM*" + "P".repeat(39) + "*")))
                .extracting(SegmentError::element).contains(new SegmentError.ElementError(1, 0, "5", "P".repeat(39)));
    }

    @Test
    void refuses_a_51st_line_and_a_13th_diagnosis() throws Exception {
        String line = "LX*1~SV1*HC:97124:GP*120.00*MJ*30***1~DTP*472*D8*20260310~";
        String lines = edited(story("M-1"), line, line.repeat(51));
        assertThat(errorsOf(lines)).extracting(SegmentError::tag, SegmentError::segmentCode)
                .contains(org.assertj.core.groups.Tuple.tuple("LX", "4"));
        String diagnoses = edited(story("M-1"), "HI*ABK:M5450~", "HI*ABK:M5450" + "*ABF:M62830".repeat(11) + "~"
                + "HI*ABF:M6281~");
        assertThat(errorsOf(diagnoses)).extracting(SegmentError::tag, SegmentError::segmentCode)
                .contains(org.assertj.core.groups.Tuple.tuple("HI", "5"));
    }

    @Test
    void refuses_segments_out_of_order() throws Exception {
        // SV1 before its LX, HI after the line, CLM before any subscriber
        assertThat(errorsOf(edited(story("M-1"), "LX*1~SV1*HC:97124:GP*120.00*MJ*30***1~",
                "SV1*HC:97124:GP*120.00*MJ*30***1~LX*1~"))).extracting(SegmentError::tag, SegmentError::segmentCode)
                .contains(org.assertj.core.groups.Tuple.tuple("SV1", "7"));
        assertThat(errorsOf(edited(story("M-1"), "DTP*472*D8*20260310~", "DTP*472*D8*20260310~HI*ABF:M62830~")))
                .extracting(SegmentError::tag, SegmentError::segmentCode)
                .contains(org.assertj.core.groups.Tuple.tuple("HI", "7"));
        assertThat(errorsOf(edited(story("M-1"), "HL*2*1*22*0~", "CLM*EARLY*1.00***11:B:1~HL*2*1*22*0~")))
                .extracting(SegmentError::tag, SegmentError::segmentCode)
                .contains(org.assertj.core.groups.Tuple.tuple("CLM", "7"));
    }

    @Test
    void names_a_line_without_its_service_date_as_a_missing_DTP() throws Exception {
        assertThat(errorsOf(edited(story("M-1"), "DTP*472*D8*20260310~", "")))
                .contains(SegmentError.segment("DTP", 22, "3", "VISIT-1"));
    }

    @Test
    void places_an_intake_problem_at_the_element_its_field_came_from() throws Exception {
        MappedClaim claim = claimsOf(story("M-1")).get(0);

        assertThat(claim.errorFor(new FieldProblem("lines[0].procedureCode", "CPT", "unknown")))
                .isEqualTo(new SegmentError("SV1", 23, "8", new SegmentError.ElementError(1, 2, "7", "97124"),
                        "VISIT-1"));
        assertThat(claim.errorFor(new FieldProblem("diagnosisCodes[0]", "DX-07", "not valid")).tag()).isEqualTo("HI");
        assertThat(claim.errorFor(new FieldProblem("renderingProviderNpi", "CS-01", "unknown")).tag())
                .isEqualTo("NM1");
        assertThat(claim.errorFor(new FieldProblem("lines[0].dateOfService", "x", "y")).tag()).isEqualTo("DTP");
        assertThat(claim.errorFor(new FieldProblem("workersCompensation.claimNumber", "x", "y")).tag())
                .isEqualTo("CLM");
    }

    @Test
    void the_shared_837P_examples_parse_and_map() throws Exception {
        assertThat(claimsOf(text("demo.example1.837"))).singleElement().satisfies(claim -> {
            assertThat(claim.patientControlNumber()).isEqualTo("26463774");
            assertThat(claim.submission().memberId()).isEqualTo("JS00111223333");
            assertThat(claim.submission().lines()).hasSize(4);
            assertThat(claim.submission().lines().get(0).units()).isEqualTo(1);
        });
        assertThat(claimsOf(text("demo.autoaccident.837"))).singleElement().satisfies(claim -> {
            assertThat(claim.submission().payer().payer()).isEqualTo(Payer.AUTO_PIP);
            assertThat(claim.submission().payer().accidentState()).isEqualTo("CA");
            assertThat(claim.submission().payer().dateOfInjury()).isEqualTo(LocalDate.of(2005, 10, 31));
        });
        assertThat(claimsOf(text("demo.cob.example3.A.837"))).isNotEmpty();
    }

    static List<MappedClaim> claimsOf(String text) throws X12Reader.NotX12 {
        Interchange interchange = X12Reader.read(X12Fixtures.recounted(text));
        assertThat(interchange.errors()).isEmpty();
        Interchange.TransactionSet set = interchange.groups().get(0).transactionSets().get(0);
        assertThat(set.wellFormed()).as("envelope of %s", set.controlNumber()).isTrue();
        Claim837Mapper.Result result = Claim837Mapper.map(set);
        assertThat(result.errors()).isEmpty();
        return result.claims();
    }

    static List<SegmentError> errorsOf(String text) throws X12Reader.NotX12 {
        Claim837Mapper.Result result = Claim837Mapper.map(X12Reader.read(X12Fixtures.recounted(text)).groups().get(0).transactionSets()
                .get(0));
        assertThat(result.claims()).isEmpty();
        return result.errors();
    }
}
