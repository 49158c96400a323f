package id.jalin.agreement.domain;

/** Sinclair's typology of library cooperatives (in Evans 1999), one of which every agreement follows. */
public enum SinclairType {
    A_BILATERAL_EXCHANGE, B_POOLING, C_DUAL_SERVICE, D_SERVICE_CENTRE
}
