package id.jalin.loan.domain;

import id.jalin.kernel.i18n.Labels;

/** Where one lender of a request's rota stands. */
@Labels("loan.rota")
public enum RotaAnswer {
    /** Later in the rota: asked only if the lenders before it cannot supply. */
    NOT_ASKED,
    /** The lender currently asked. */
    ASKED,
    UNFILLED,
    /** It offered a condition that the borrower declined. */
    CONDITION_DECLINED,
    /** It supplies (or supplied) the request. */
    SUPPLYING,
    /** The request ended (cancelled or closed) while this lender was asked. */
    ENDED
}
