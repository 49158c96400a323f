package id.jalin.exchange.ui;

import id.jalin.exchange.domain.Balance;
import id.jalin.exchange.domain.Direction;
import id.jalin.exchange.domain.ExchangeMember;
import id.jalin.exchange.domain.LedgerEntry;
import id.jalin.exchange.domain.Owing;
import id.jalin.exchange.domain.Partnership;
import id.jalin.exchange.print.BalanceWords;
import id.jalin.kernel.i18n.Messages;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The ledgers told from the reader's side: a member's staff read "we" and "sent"/"received"; the forum's staff read
 * both members' codes and which way a shipment went.
 */
final class ExchangeWords {
    private final Messages messages;
    private final Map<Long, ExchangeMember> members;
    private final Optional<Long> side;
    private final BalanceWords balance;

    /** @param side the library whose desk the reader keeps, or empty for the forum's staff */
    ExchangeWords(Messages messages, List<ExchangeMember> members, Optional<Long> side) {
        this.messages = messages;
        this.members = members.stream().collect(Collectors.toMap(ExchangeMember::id, Function.identity()));
        this.side = side;
        this.balance = new BalanceWords(messages, this::code);
    }

    Messages messages() {
        return messages;
    }

    Map<Long, ExchangeMember> members() {
        return members;
    }

    Optional<Long> side() {
        return side;
    }

    String code(long id) {
        ExchangeMember member = members.get(id);
        return member == null ? "#" + id : member.code();
    }

    ExchangeMember member(long id) {
        return members.getOrDefault(id, new ExchangeMember(id, "#" + id, "", false));
    }

    /** "UNPAD \u2013 ITB", the reader's own library first when it is one of the two. */
    String pair(Partnership partnership) {
        long first = side.filter(partnership::between).orElse(partnership.firstMemberId());
        return code(first) + " \u2013 " + code(partnership.partnerOf(first));
    }

    /** The balance as a sentence, from the reader's side. */
    String balance(Partnership partnership, Balance amount) {
        return balance.of(partnership, amount, side);
    }

    /** "ITB owes 1 1/3", "we owe 1/3" or "even", for a column. */
    String shortBalance(Partnership partnership, Balance amount) {
        Optional<Owing> owing = amount.owing(partnership);
        if (owing.isEmpty()) {
            return messages.get("exchange.ui.even");
        }
        Owing owed = owing.get();
        if (side.filter(partnership::between).filter(id -> id == owed.debtorId()).isPresent()) {
            return messages.get("exchange.ui.weOwe", owed.amount());
        }
        return messages.get("exchange.ui.owes", code(owed.debtorId()), owed.amount());
    }

    /** The ways a shipment can go, as the reader names them. */
    String way(Partnership partnership, Direction direction) {
        Optional<Long> own = side.filter(partnership::between);
        if (own.isPresent()) {
            return messages.get(direction.sentBy(partnership, own.get()) ? "exchange.ui.way.sent"
                    : "exchange.ui.way.received", code(partnership.partnerOf(own.get())));
        }
        long from = direction == Direction.FIRST_TO_SECOND ? partnership.firstMemberId()
                : partnership.secondMemberId();
        return messages.get("exchange.ui.way.between", code(from), code(partnership.partnerOf(from)));
    }

    String units(LedgerEntry entry) {
        return entry.reversal() ? "-" + entry.units() : Integer.toString(entry.units());
    }

    String copies(LedgerEntry entry) {
        return entry.reversal() ? "-" + entry.copies() : Integer.toString(entry.copies());
    }

    String note(LedgerEntry entry) {
        return entry.reversal() ? messages.get("exchange.ui.reversal", entry.note()) : entry.note();
    }
}
