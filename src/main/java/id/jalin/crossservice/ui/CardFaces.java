package id.jalin.crossservice.ui;

import id.jalin.crossservice.domain.Card;
import id.jalin.crossservice.domain.CardHolder;
import id.jalin.crossservice.domain.CardHolderService;
import id.jalin.crossservice.domain.CardService;
import id.jalin.crossservice.domain.Photo;
import id.jalin.crossservice.print.CardFace;
import id.jalin.kernel.i18n.Language;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.task.Progress;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Maps holders and their cards to what the print package draws, in both languages, with their photos. The faces
 * are read a batch at a time as the printer asks for them, so a start-of-year run of thousands of cards holds
 * only one batch of photos (up to 2 MB each) in memory, and costs three queries per batch, not three per card.
 */
final class CardFaces {
    /** Holders read per round trip; 25 photos of 2 MB are 50 MB at most. */
    static final int BATCH = 25;
    private static final Messages INDONESIAN = new Messages(Language.INDONESIAN);
    private static final Messages ENGLISH = new Messages(Language.ENGLISH);

    private final CardHolderService holders;
    private final CardService cards;

    CardFaces(CardHolderService holders, CardService cards) {
        this.holders = holders;
        this.cards = cards;
    }

    /** The selected holders that have an active card, in the order shown. */
    static List<Long> selectedToPrint(List<HolderRow> selected) {
        return selected.stream().filter(HolderRow::hasActiveCard).map(r -> r.holder().id()).toList();
    }

    /** Every holder of the library with an active card today, by name; call off the FX thread. */
    List<Long> allToPrint(long homeLibraryId) {
        return holders.withActiveCard(homeLibraryId, cards.today());
    }

    /**
     * The faces of these holders' current cards, read {@link #BATCH} holders at a time while the document is
     * written; call off the FX thread. A holder whose card ended meanwhile is left out.
     */
    Iterator<CardFace> faces(List<Long> holderIds, String homeLibraryName, Progress progress) {
        return new Iterator<>() {
            private final Deque<CardFace> ready = new ArrayDeque<>();
            private int next;

            @Override
            public boolean hasNext() {
                while (ready.isEmpty() && next < holderIds.size()) {
                    progress.checkCancelled();
                    List<Long> batch = holderIds.subList(next, Math.min(holderIds.size(), next + BATCH));
                    next += batch.size();
                    read(batch, homeLibraryName).forEach(ready::add);
                }
                return !ready.isEmpty();
            }

            @Override
            public CardFace next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return ready.poll();
            }
        };
    }

    private List<CardFace> read(List<Long> batch, String homeLibraryName) {
        LocalDate today = cards.today();
        Map<Long, CardHolder> found = holders.holders(batch);
        Map<Long, List<Card>> theirCards = cards.cardsOf(batch);
        Map<Long, Photo> photos = holders.photos(batch);
        return batch.stream().filter(found::containsKey)
                .map(id -> HolderRow.of(found.get(id), theirCards.getOrDefault(id, List.of()), today))
                .filter(HolderRow::hasActiveCard)
                .map(row -> face(row.holder(), row.current(), homeLibraryName,
                        photos.containsKey(row.holder().id()) ? photos.get(row.holder().id()).content() : null))
                .toList();
    }

    /**
     * One card face. The number is printed as its plain digits, which is also what the barcode encodes, so a
     * scanner and a person reading it see the same thing. The kind line names the card and the holder's kind.
     */
    static CardFace face(CardHolder holder, Card card, String homeLibraryName, byte[] photo) {
        return new CardFace(holder.name(), card.number().digits(), homeLibraryName, holder.programme(),
                kindLabel(INDONESIAN, holder), kindLabel(ENGLISH, holder), card.validUntil(), photo);
    }

    private static String kindLabel(Messages messages, CardHolder holder) {
        return messages.get("card.screen.print.kindLabel", messages.get("card.print.title"),
                messages.label("holder.kind", holder.kind()));
    }
}
