package org.medmassage.claims.web;

/** The shape of a procedure code: a CPT code (5 characters, the last may be a letter) or a HCPCS Level II code. */
final class ProcedureCodes {

    static final String PATTERN = "[0-9]{4}[0-9A-Z]|[A-Z][0-9]{4}";
    static final String MESSAGE = "must be a CPT code such as 97124 or a HCPCS code such as G0283";

    private ProcedureCodes() {
    }
}
