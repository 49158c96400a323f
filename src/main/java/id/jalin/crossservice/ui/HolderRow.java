package id.jalin.crossservice.ui;

import id.jalin.crossservice.domain.Card;
import id.jalin.crossservice.domain.CardHolder;
import id.jalin.crossservice.domain.CardStatus;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/** One holder in the table, with the card that matters now (the newest active one, else the newest). */
record HolderRow(CardHolder holder, Card current, CardStatus status) {

    static HolderRow of(CardHolder holder, List<Card> cards, LocalDate today) {
        Comparator<Card> newestFirst = Comparator.comparing(Card::issuedOn).thenComparing(Card::id).reversed();
        Card current = cards.stream().filter(c -> c.statusOn(today).isValid()).min(newestFirst)
                .orElseGet(() -> cards.stream().min(newestFirst).orElse(null));
        return new HolderRow(holder, current, current == null ? null : current.statusOn(today));
    }

    boolean hasActiveCard() {
        return status != null && status.isValid();
    }
}
