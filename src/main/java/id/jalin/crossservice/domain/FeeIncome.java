package id.jalin.crossservice.domain;

import id.jalin.kernel.money.Money;
import java.time.YearMonth;

/** A report row: card fees collected for holders of one home library in one month of issue. */
public record FeeIncome(long homeLibraryId, YearMonth month, int cards, Money total) {
}
