package id.jalin.crossservice.ui;

import id.jalin.crossservice.domain.Card;
import id.jalin.crossservice.domain.CardHolder;
import id.jalin.crossservice.domain.CardHolderService;
import id.jalin.crossservice.domain.Photo;
import id.jalin.crossservice.print.CardFace;
import id.jalin.kernel.i18n.Language;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.task.Progress;
import java.util.ArrayList;
import java.util.List;

/** Maps holders and their cards to what the print package draws, in both languages, with their photos. */
final class CardFaces {
    private static final Messages INDONESIAN = new Messages(Language.INDONESIAN);
    private static final Messages ENGLISH = new Messages(Language.ENGLISH);

    private final CardHolderService holders;

    CardFaces(CardHolderService holders) {
        this.holders = holders;
    }

    /** The holders to print: those selected that have an active card, or if none is selected, all that have one. */
    static List<HolderRow> toPrint(List<HolderRow> selected, List<HolderRow> all) {
        List<HolderRow> from = selected.isEmpty() ? all : selected;
        return from.stream().filter(HolderRow::hasActiveCard).toList();
    }

    /** Reads each photo; call off the FX thread. */
    List<CardFace> faces(List<HolderRow> rows, String homeLibraryName, Progress progress) {
        List<CardFace> faces = new ArrayList<>();
        for (HolderRow row : rows) {
            progress.checkCancelled();
            byte[] photo = holders.photo(row.holder().id()).map(Photo::content).orElse(null);
            faces.add(face(row.holder(), row.current(), homeLibraryName, photo));
        }
        return faces;
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
