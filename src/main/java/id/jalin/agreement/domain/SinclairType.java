package id.jalin.agreement.domain;

import id.jalin.kernel.i18n.Labels;

/** Sinclair's typology of library cooperatives (in Evans 1999), one of which every agreement follows. */
@Labels("agreement.type")
public enum SinclairType {
    A_BILATERAL_EXCHANGE, B_POOLING, C_DUAL_SERVICE, D_SERVICE_CENTRE
}
