package id.jalin.agreement.domain;

import id.jalin.kernel.i18n.Labels;

/** A memorandum of understanding (nota kesepahaman) or a cooperation agreement (perjanjian kerja sama). */
@Labels("agreement.kind")
public enum AgreementKind {
    MOU("MoU"), PKS("PKS");

    private final String code;

    AgreementKind(String code) {
        this.code = code;
    }

    /** How the kind is written in an agreement number: 012/PKS/FPPTI-JABAR/XI/2026. */
    public String code() {
        return code;
    }
}
