package org.medmassage.systemtests;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A clearinghouse's side of issue 18 items 1–2: a massage 837P of the story's two visits, and the 835's balances read
 * back from its segments (RULEBOOK §8.2: per CLP, charge − Σ CAS = paid; BPR02 = Σ CLP04 − Σ PLB).
 */
final class X12Files {

    private X12Files() {
    }

    /** Two claims under one ST: VISIT-1 97124 30 min on {@code firstDay}, VISIT-2 the common visit on {@code secondDay}. */
    static String storyVisits(String npi, String member, String authorizationNumber, String firstDay,
            String secondDay) {
        List<String> body = new ArrayList<>(List.of(
                "BHT*0019*00*E2E1*20260317*0900*CH",
                "NM1*41*2*CALM HANDS MASSAGE*****46*CALMHANDS",
                "PER*IC*FRONT DESK*TE*2065550100",
                "NM1*40*2*MEDMASSAGE HEALTH PLAN*****46*MEDMASSAGE",
                "HL*1**20*1",
                "NM1*85*2*CALM HANDS MASSAGE*****XX*" + npi,
                "N3*1 PINE ST",
                "N4*SEATTLE*WA*98101",
                "REF*EI*911234567",
                "HL*2*1*22*0",
                "SBR*P*18*GRP100******CI",
                "NM1*IL*1*RIVERA*ANA****MI*" + member,
                "NM1*PR*2*MEDMASSAGE HEALTH PLAN*****PI*MEDMASSAGE",
                "CLM*VISIT-1*120.00***11:B:1*Y*A*Y*Y",
                "REF*G1*" + authorizationNumber,
                "HI*ABK:M5450",
                "LX*1",
                "SV1*HC:97124:GP*120.00*MJ*30***1",
                "DTP*472*D8*" + firstDay.replace("-", ""),
                "CLM*VISIT-2*180.00***11:B:1*Y*A*Y*Y",
                "REF*G1*" + authorizationNumber,
                "HI*ABK:M5450",
                "LX*1",
                "SV1*HC:97124:GP*120.00*MJ*30***1",
                "DTP*472*D8*" + secondDay.replace("-", ""),
                "LX*2",
                "SV1*HC:97140:GP:59*60.00*MJ*15***1",
                "DTP*472*D8*" + secondDay.replace("-", "")));
        List<String> segments = new ArrayList<>();
        segments.add("ISA*00*          *00*          *ZZ*CALMHANDS      *ZZ*MEDMASSAGE     *260317*0900*^*00501*"
                + "000000201*0*T*:");
        segments.add("GS*HC*CALMHANDS*MEDMASSAGE*20260317*0900*201*X*005010X222A1");
        segments.add("ST*837*0001*005010X222A1");
        segments.addAll(body);
        segments.add("SE*" + (body.size() + 2) + "*0001");
        segments.add("GE*1*201");
        segments.add("IEA*1*000000201");
        return String.join("~", segments) + "~";
    }

    /** The 835's segments, each split into its elements. */
    static List<String[]> segments(String x12) {
        return Arrays.stream(x12.split("~")).map(String::strip).filter(segment -> !segment.isEmpty())
                .map(segment -> segment.split("\\*", -1)).toList();
    }

    /** Σ CAS amounts per CLP must equal CLP03 − CLP04; answers the CLPs that do not balance. */
    static List<String> unbalancedClaims(List<String[]> segments) {
        List<String> unbalanced = new ArrayList<>();
        String[] clp = null;
        BigDecimal adjustments = BigDecimal.ZERO;
        for (String[] segment : segments) {
            if (segment[0].equals("CLP") || segment[0].equals("SE")) {
                if (clp != null && new BigDecimal(clp[3]).subtract(adjustments).compareTo(new BigDecimal(clp[4])) != 0) {
                    unbalanced.add(String.join("*", clp) + " Σ CAS " + adjustments);
                }
                clp = segment[0].equals("CLP") ? segment : null;
                adjustments = BigDecimal.ZERO;
            } else if (segment[0].equals("CAS") && clp != null) {
                for (int i = 3; i < segment.length; i += 3) {
                    if (!segment[i].isEmpty()) {
                        adjustments = adjustments.add(new BigDecimal(segment[i]));
                    }
                }
            }
        }
        return unbalanced;
    }

    /** BPR02 against Σ CLP04 − Σ PLB amounts. */
    static boolean paymentBalances(List<String[]> segments) {
        BigDecimal bpr = segments.stream().filter(s -> s[0].equals("BPR")).map(s -> new BigDecimal(s[2]))
                .findFirst().orElseThrow();
        BigDecimal paid = segments.stream().filter(s -> s[0].equals("CLP")).map(s -> new BigDecimal(s[4]))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal plb = BigDecimal.ZERO;
        for (String[] s : segments) {
            if (s[0].equals("PLB")) {
                for (int i = 4; i < s.length; i += 2) {
                    if (!s[i].isEmpty()) {
                        plb = plb.add(new BigDecimal(s[i]));
                    }
                }
            }
        }
        return bpr.compareTo(paid.subtract(plb)) == 0;
    }

    /** The CLP of a patient control number. */
    static String[] clp(List<String[]> segments, String patientControlNumber) {
        return segments.stream().filter(s -> s[0].equals("CLP") && s[1].equals(patientControlNumber)).findFirst()
                .orElseThrow(() -> new AssertionError("no CLP for " + patientControlNumber));
    }
}
