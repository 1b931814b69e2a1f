package org.medmassage.events.referral;

/** Who wrote the referral: NPI, name and type (MD, DO, NP, PA, DC, DPM … or PHYSICIAN). */
public record Prescriber(String npi, String name, String type) {
}
