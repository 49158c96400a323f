package id.jalin.acquisition.print;

import id.jalin.kernel.pdf.Block;
import id.jalin.kernel.pdf.Units;
import java.time.LocalDate;
import java.util.List;

/**
 * Place and date, the position, room to sign and the name, on the right half of the page as Indonesian official
 * papers are signed. Without a name the line is left dotted for one written by hand.
 */
final class Signature {
    private static final float GAP = Units.mm(8);
    private static final String DOTTED = "(.....................................)";

    private Signature() {
    }

    static List<Block> blocks(Words words, String place, LocalDate date, String position, String name) {
        String signedAt = place.isEmpty() ? words.date(date)
                : words.get("acquisition.print.signedAt", place, words.date(date));
        List<Block> right = List.of(
                Block.paragraph(signedAt, Paper.BODY).centered(),
                Block.paragraph(position, Paper.BODY).centered(),
                Block.spacer(Units.mm(20)),
                Block.paragraph(name.isEmpty() ? DOTTED : name, Paper.STRONG).centered());
        return List.of(Block.spacer(Units.mm(8)), Block.sideBySide(GAP, List.of(List.of(Block.spacer(1)), right)));
    }
}
