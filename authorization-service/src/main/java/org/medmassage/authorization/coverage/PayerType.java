package org.medmassage.authorization.coverage;

/**
 * Which regime sets a payer's decision clocks (RULEBOOK §6.3): CMS-0057-F binds Medicare Advantage and Medicaid
 * (and CHIP) payers; an employer group plan follows the DOL claims-procedure rule and state law.
 */
public enum PayerType {
    COMMERCIAL,
    MEDICARE_ADVANTAGE,
    MEDICAID
}
