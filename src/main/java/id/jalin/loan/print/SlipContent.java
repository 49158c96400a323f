package id.jalin.loan.print;

import id.jalin.kernel.pdf.Block;
import id.jalin.kernel.pdf.Paragraph;
import id.jalin.kernel.pdf.TextStyle;
import id.jalin.kernel.pdf.Units;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

/**
 * The blocks of one request slip at a given scale of its text. Two arrangements of the same pieces: the half sheet
 * puts the libraries side by side and the item beside the due date and barcode; the label stacks them.
 */
final class SlipContent {
    private static final Color GREY = new Color(0x55, 0x55, 0x55);
    private static final float COLUMN_GAP = Units.mm(8);
    private static final float BAR_HEIGHT = Units.mm(12);

    private final Bilingual words;

    SlipContent(Bilingual words) {
        this.words = words;
    }

    /** What goes from the slip's top down, and what sits at its foot. */
    record Arrangement(List<Block> top, List<Block> bottom) {
    }

    Arrangement arrange(RequestSlip slip, SlipLayout layout, float scale) {
        Styles s = new Styles(scale);
        List<Block> top = new ArrayList<>();
        List<Block> bottom = new ArrayList<>();
        top.addAll(header(slip, layout, s));
        top.add(Block.rule(0.6f, Units.mm(1.5) * scale));
        List<Block> from = library("loan.print.slip.from", slip.lendingLibraryCode(), slip.lendingLibraryName(), s);
        List<Block> to = library("loan.print.slip.to", slip.borrowingLibraryCode(), slip.borrowingLibraryName(), s);
        BarcodeBlock barcode = BarcodeBlock.of(slip.requestNumber(), BAR_HEIGHT, Units.mm(1), TextStyle.bold(10));
        if (layout.wide()) {
            top.add(Block.sideBySide(COLUMN_GAP, List.of(from, to)));
            top.add(Block.rule(0.6f, Units.mm(1.5) * scale));
            List<Block> left = new ArrayList<>(item(slip, s));
            left.addAll(user(slip, s));
            List<Block> right = new ArrayList<>(due(slip, s));
            right.add(field("loan.print.slip.shipped", words.date(slip.shippedOn()), s.value, s));
            right.add(barcode);
            top.add(Block.sideBySide(COLUMN_GAP, List.of(left, right)));
        } else {
            top.addAll(from);
            top.addAll(to);
            top.add(Block.rule(0.6f, Units.mm(1.5) * scale));
            top.addAll(due(slip, s));
            top.addAll(item(slip, s));
            top.addAll(user(slip, s));
            top.add(field("loan.print.slip.shipped", words.date(slip.shippedOn()), s.value, s));
        }
        bottom.add(Block.rule(0.6f, Units.mm(1.5) * scale));
        bottom.addAll(responsibility(slip, s));
        if (!layout.wide()) {
            bottom.add(Block.spacer(Units.mm(2)));
            bottom.add(barcode);
        }
        return new Arrangement(List.copyOf(top), List.copyOf(bottom));
    }

    private List<Block> header(RequestSlip slip, SlipLayout layout, Styles s) {
        String title = layout.wide() ? words.slash("loan.print.slip.title") : words.stacked("loan.print.slip.title");
        List<Block> blocks = new ArrayList<>();
        blocks.add(Block.paragraph(title, s.title).centered());
        if (!slip.forumName().isEmpty()) {
            blocks.add(Block.paragraph(slip.forumName(), s.label).centered());
        }
        return blocks;
    }

    private List<Block> library(String labelKey, String code, String name, Styles s) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(label(labelKey, s));
        if (!code.isEmpty()) {
            blocks.add(Block.paragraph(code, s.code));
        }
        blocks.add(Block.paragraph(name, s.value).spaceAfter(s.fieldGap));
        return blocks;
    }

    private List<Block> item(RequestSlip slip, Styles s) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(field("loan.print.slip.item", slip.title(), s.itemTitle, s));
        if (!slip.author().isEmpty()) {
            blocks.add(field("loan.print.slip.author", slip.author(), s.value, s));
        }
        if (!slip.callNumber().isEmpty()) {
            blocks.add(field("loan.print.slip.callNumber", slip.callNumber(), s.value, s));
        }
        if (slip.service() == RequestSlip.Service.COPY && !slip.pages().isEmpty()) {
            blocks.add(field("loan.print.slip.pages", slip.pages(), s.value, s));
        }
        String service = slip.service() == RequestSlip.Service.LOAN
                ? words.slash("loan.print.service.loan") : words.slash("loan.print.service.copy");
        blocks.add(field("loan.print.slip.service", service, s.value, s));
        return blocks;
    }

    private List<Block> user(RequestSlip slip, Styles s) {
        List<String> details = new ArrayList<>();
        if (!slip.userKind().isEmpty()) {
            details.add(slip.userKind());
        }
        if (!slip.userId().isEmpty()) {
            details.add(words.indonesian.get("loan.print.slip.userId", slip.userId()));
        }
        List<Block> blocks = new ArrayList<>();
        blocks.add(label("loan.print.slip.user", s));
        blocks.add(Block.paragraph(slip.userName(), s.strong));
        if (!details.isEmpty()) {
            blocks.add(Block.paragraph(String.join(" \u00b7 ", details), s.value));
        }
        blocks.add(Block.spacer(s.fieldGap));
        return blocks;
    }

    /** The due date large in a frame, or for a copy the word that it is not returned. */
    private List<Block> due(RequestSlip slip, Styles s) {
        List<Block> inside = new ArrayList<>();
        if (slip.service() == RequestSlip.Service.LOAN) {
            inside.add(label("loan.print.slip.due", s));
            inside.add(Block.paragraph(words.indonesian.date(slip.dueDate()), s.dueDate).centered());
            String english = words.english.date(slip.dueDate());
            if (!english.equals(words.indonesian.date(slip.dueDate()))) {
                inside.add(Block.paragraph(english, s.dueEnglish).centered());
            }
        } else {
            inside.add(Block.paragraph(words.stacked("loan.print.slip.noReturn"), s.noReturn).centered());
        }
        return List.of(new FramedBlock(inside, Units.mm(2) * s.scale, 1.2f), Block.spacer(s.fieldGap * 1.5f));
    }

    /** Who answers for the item until it is back, or for a copy what it may be used for, in both languages. */
    private List<Block> responsibility(RequestSlip slip, Styles s) {
        String key = slip.service() == RequestSlip.Service.LOAN
                ? "loan.print.slip.responsibility" : "loan.print.slip.copyright";
        return List.of(
                Block.paragraph(words.indonesian.get(key), s.responsibility).spaceAfter(Units.mm(0.8) * s.scale),
                Block.paragraph(words.english.get(key), s.responsibilityEnglish));
    }

    private Block field(String labelKey, String value, TextStyle style, Styles s) {
        return (resources, width) -> {
            List<Block> blocks = List.of(label(labelKey, s), Block.paragraph(value, style).spaceAfter(s.fieldGap));
            return blocks.stream().flatMap(b -> b.slices(resources, width).stream()).toList();
        };
    }

    private Paragraph label(String key, Styles s) {
        return Block.paragraph(words.slash(key), s.label).keptWithNext();
    }

    /** The slip's text styles, all scaled together when a long title or name needs the room. */
    private static final class Styles {
        final float scale;
        final TextStyle title;
        final TextStyle label;
        final TextStyle code;
        final TextStyle value;
        final TextStyle strong;
        final TextStyle itemTitle;
        final TextStyle dueDate;
        final TextStyle dueEnglish;
        final TextStyle noReturn;
        final TextStyle responsibility;
        final TextStyle responsibilityEnglish;
        final float fieldGap;

        Styles(float scale) {
            this.scale = scale;
            title = TextStyle.bold(11 * scale);
            label = TextStyle.regular(6.5f * scale).withColor(GREY);
            code = TextStyle.bold(12 * scale);
            value = TextStyle.regular(9 * scale);
            strong = TextStyle.bold(9 * scale);
            itemTitle = TextStyle.bold(10 * scale);
            dueDate = TextStyle.bold(20 * scale);
            dueEnglish = TextStyle.regular(10 * scale);
            noReturn = TextStyle.bold(11 * scale);
            responsibility = TextStyle.regular(8 * scale);
            responsibilityEnglish = TextStyle.oblique(8 * scale);
            fieldGap = Units.mm(1.5) * scale;
        }
    }
}
