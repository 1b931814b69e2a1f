package org.medmassage.referral.validation;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.medmassage.codesets.WellnessRedFlags;

/**
 * The payer's CONFIG for referrals: who may prescribe (MN-03), which services a referral may order, the maximum
 * referral age (MN-04) and the wellness diagnoses that do not establish medical necessity (MN-07).
 */
public record ReferralRules(
        Set<String> prescriberTypes,
        Set<String> procedureCodes,
        int maxReferralAgeDays,
        WellnessRedFlags wellnessRedFlags) {

    /** MN-03 defaults, plus PHYSICIAN for senders that do not say which kind of physician. */
    public static final Set<String> DEFAULT_PRESCRIBER_TYPES = Set.of("MD", "DO", "NP", "PA", "DC", "DPM", "PHYSICIAN");
    /** Massage (97124) and manual therapy (97140), the services this product covers (MN-01). */
    public static final Set<String> DEFAULT_PROCEDURE_CODES = Set.of("97124", "97140");
    /** MN-04 default payerMaxReferralAge. */
    public static final int DEFAULT_MAX_REFERRAL_AGE_DAYS = 90;

    /** MN-03: the credentials of massage therapists, who deliver the service and so may never prescribe it. */
    public static final Set<String> MASSAGE_THERAPIST_TYPES = Set.of("LMT", "LMBT", "CMT", "RMT", "MT", "NCMT",
            "MASSAGE_THERAPIST", "MASSAGE THERAPIST");

    public ReferralRules {
        prescriberTypes = upperCase(prescriberTypes);
        procedureCodes = Set.copyOf(procedureCodes);
        if (prescriberTypes.stream().anyMatch(ReferralRules::isMassageTherapist)) {
            throw new IllegalArgumentException("MN-03: a massage therapist may not be configured as a prescriber type: "
                    + prescriberTypes);
        }
        if (prescriberTypes.isEmpty() || procedureCodes.isEmpty() || maxReferralAgeDays < 1) {
            throw new IllegalArgumentException("referral rules need prescriber types, services and a positive maximum age");
        }
    }

    public static ReferralRules defaults() {
        return new ReferralRules(DEFAULT_PRESCRIBER_TYPES, DEFAULT_PROCEDURE_CODES, DEFAULT_MAX_REFERRAL_AGE_DAYS,
                WellnessRedFlags.defaults());
    }

    public boolean allowsPrescriberType(String type) {
        return prescriberTypes.contains(type.trim().toUpperCase(Locale.ROOT));
    }

    public static boolean isMassageTherapist(String type) {
        return MASSAGE_THERAPIST_TYPES.contains(type.trim().toUpperCase(Locale.ROOT));
    }

    private static Set<String> upperCase(Collection<String> types) {
        return types.stream().map(type -> type.trim().toUpperCase(Locale.ROOT))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
