package id.jalin.loan.iso;

import java.math.BigDecimal;
import java.util.Objects;

/** An amount of money: an ISO 4217 currency code ({@code IDR}) and the amount, exactly as written. */
public record IsoCosts(String currencyCode, BigDecimal monetaryValue) {
    public IsoCosts {
        currencyCode = IsoText.required(currencyCode, "currencyCode");
        Objects.requireNonNull(monetaryValue, "monetaryValue");
    }
}
