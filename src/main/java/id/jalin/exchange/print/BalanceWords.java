package id.jalin.exchange.print;

import id.jalin.exchange.domain.Balance;
import id.jalin.exchange.domain.ExchangeUnit;
import id.jalin.exchange.domain.Owing;
import id.jalin.exchange.domain.Partnership;
import id.jalin.kernel.i18n.Messages;
import java.util.Optional;
import java.util.function.LongFunction;

/**
 * Where an exchange stands, in a sentence a coordinator reads and signs: "ITB masih berutang 1 judul kepada UNPAD" /
 * "ITB still owes UNPAD 1 title", with fractions as written by hand ("1/3", "2 1/3"); told from a member's side
 * ("kepada kita" / "owes us") when the reader keeps one of the two desks.
 */
public final class BalanceWords {
    private final Messages messages;
    private final LongFunction<String> names;

    /** @param names a member's name as the sentence should call it (its code, or its full name) */
    public BalanceWords(Messages messages, LongFunction<String> names) {
        this.messages = messages;
        this.names = names;
    }

    /** From no side: both members named. */
    public String of(Partnership partnership, Balance balance) {
        return of(partnership, balance, Optional.empty());
    }

    /** From {@code reader}'s side when it is one of the two members; both named otherwise. */
    public String of(Partnership partnership, Balance balance, Optional<Long> reader) {
        Optional<Long> side = reader.filter(partnership::between);
        Optional<Owing> owing = balance.owing(partnership);
        if (owing.isEmpty()) {
            return side.isPresent() ? messages.get("exchange.print.evenUs")
                    : messages.get("exchange.print.even", names.apply(partnership.firstMemberId()),
                            names.apply(partnership.secondMemberId()));
        }
        Owing owed = owing.get();
        String debtor = names.apply(owed.debtorId());
        String creditor = names.apply(owed.creditorId());
        String amount = owed.amount();
        String unit = unit(partnership.unit(), owed);
        if (side.isPresent() && side.get() == owed.debtorId()) {
            return messages.get("exchange.print.weOwe", debtor, amount, unit, creditor);
        }
        if (side.isPresent()) {
            return messages.get("exchange.print.owesUs", debtor, amount, unit, creditor);
        }
        return messages.get("exchange.print.owes", debtor, amount, unit, creditor);
    }

    /** "title" for one or less, "titles" for more (Indonesian says "judul" either way). */
    private String unit(ExchangeUnit unit, Owing owing) {
        boolean single = owing.one() || owing.units().compareTo(org.apache.commons.lang3.math.Fraction.ONE) < 0;
        return messages.get(switch (unit) {
            case TITLE -> single ? "exchange.print.unit.title.one" : "exchange.print.unit.title.many";
            case ISSUE -> single ? "exchange.print.unit.issue.one" : "exchange.print.unit.issue.many";
            case COPY -> single ? "exchange.print.unit.copy.one" : "exchange.print.unit.copy.many";
        });
    }
}
