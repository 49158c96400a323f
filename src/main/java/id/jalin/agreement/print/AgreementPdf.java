package id.jalin.agreement.print;

import id.jalin.agreement.domain.Agreement;
import id.jalin.agreement.domain.AgreementKind;
import id.jalin.agreement.domain.Article;
import id.jalin.forum.domain.ForumProfile;
import id.jalin.agreement.domain.Obligation;
import id.jalin.agreement.domain.Party;
import id.jalin.kernel.i18n.Language;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.pdf.AlignedRow;
import id.jalin.kernel.pdf.Alignment;
import id.jalin.kernel.pdf.Block;
import id.jalin.kernel.pdf.DocumentComposer;
import id.jalin.kernel.pdf.DocumentResources;
import id.jalin.kernel.pdf.FooterStamper;
import id.jalin.kernel.pdf.Letterhead;
import id.jalin.kernel.pdf.Margins;
import id.jalin.kernel.pdf.PageFrame;
import id.jalin.kernel.pdf.TextStyle;
import id.jalin.kernel.pdf.Units;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * Prints an agreement as an A4 document: the forum's letterhead, title and number, the parties, the articles
 * (Indonesian and English side by side, kept level article by article, or one language across the page), the
 * parties' obligations, and the signature block on the last page, with "Halaman x dari y / Page x of y".
 */
public final class AgreementPdf {
    static final PageFrame FRAME = PageFrame.a4Portrait(Margins.ofMm(18, 20, 12, 25), Units.mm(10));
    private static final float COLUMN_GAP = Units.mm(8);
    private static final TextStyle BODY = TextStyle.regular(9.5f);
    private static final TextStyle SMALL = TextStyle.regular(8.5f);
    private static final TextStyle ARTICLE = TextStyle.bold(10);
    private static final TextStyle TITLE = TextStyle.bold(13);
    private static final TextStyle SUBTITLE = TextStyle.bold(11);
    private static final TextStyle FOOTER = TextStyle.regular(8);
    private static final int SIGNATURES_PER_ROW = 2;
    private static final int LINES_WITH_SIGNATURES = 2;
    private static final float SIGNING_SPACE = Units.mm(22);
    /** Room at each signature for a duty stamp (meterai tempel, about 2.5 x 3 cm) with the signature across it. */
    private static final float STAMPED_SIGNING_SPACE = Units.mm(32);
    private static final float STAMP_WIDTH = Units.mm(25);
    private static final float STAMP_HEIGHT = Units.mm(29);

    private final ForumProfile forum;
    private final Messages indonesian = new Messages(Language.INDONESIAN);
    private final Messages english = new Messages(Language.ENGLISH);
    private final Counterparts indonesianCounterparts = new Counterparts(indonesian);
    private final Counterparts englishCounterparts = new Counterparts(english);

    public AgreementPdf(ForumProfile forum) {
        this.forum = forum;
    }

    public void write(Agreement agreement, PrintLanguage language, OutputStream out) throws IOException {
        try (PDDocument document = new PDDocument()) {
            describe(document, agreement);
            DocumentResources resources = DocumentResources.embedIn(document);
            DocumentComposer composer = new DocumentComposer(resources, FRAME);
            Words words = new Words(language, indonesian, english);
            composer.add(Letterhead.of(forum.letterhead())).spacer(Units.mm(4));
            title(composer, agreement, words);
            parties(composer, agreement, words);
            composer.spacer(Units.mm(3)).alignedRows(articles(agreement, words), COLUMN_GAP, Units.mm(3));
            // the signature page always carries the end of the last article, so no page holds signatures alone
            composer.keepTogetherWithPrevious(signatures(agreement, words), LINES_WITH_SIGNATURES);
            composer.finish();
            new FooterStamper(resources, FRAME, FOOTER).stamp((page, total) -> words.join(
                    indonesian.get("agreement.pdf.page", page, total), english.get("agreement.pdf.page", page, total)));
            document.save(out);
        }
    }

    private void describe(PDDocument document, Agreement agreement) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(agreement.number().text() + " " + agreement.titleId());
        info.setAuthor(forum.name());
        info.setCreator("Jalin");
    }

    private void title(DocumentComposer composer, Agreement agreement, Words words) {
        String kindKey = agreement.kind() == AgreementKind.MOU ? "agreement.pdf.kind.mou" : "agreement.pdf.kind.pks";
        composer.add(Block.paragraph(words.stack(indonesian.get(kindKey), english.get(kindKey)), TITLE).centered()
                .spaceAfter(Units.mm(2)));
        String titles = words.stack(agreement.titleId(), agreement.titleEn().isBlank() ? agreement.titleId() : agreement.titleEn());
        composer.add(Block.paragraph(titles, SUBTITLE).centered().spaceAfter(Units.mm(2)));
        composer.add(Block.paragraph(words.join(indonesian.get("agreement.pdf.number"), english.get("agreement.pdf.number"))
                + ": " + agreement.number().text(), BODY).centered());
        composer.add(Block.paragraph(words.join(
                indonesian.get("agreement.pdf.period", indonesian.date(agreement.startsOn()), indonesian.date(agreement.endsOn())),
                english.get("agreement.pdf.period", english.date(agreement.startsOn()), english.date(agreement.endsOn()))),
                SMALL).centered().spaceAfter(Units.mm(5)));
    }

    private void parties(DocumentComposer composer, Agreement agreement, Words words) {
        List<AlignedRow> rows = new ArrayList<>();
        rows.add(words.row(List.of(Block.paragraph(indonesian.get("agreement.pdf.undersigned"), BODY)),
                List.of(Block.paragraph(english.get("agreement.pdf.undersigned"), BODY))));
        for (int i = 0; i < agreement.parties().size(); i++) {
            Party party = agreement.parties().get(i);
            int number = i + 1;
            rows.add(words.row(
                    List.of(Block.paragraph(indonesian.get("agreement.pdf.party", number, party.name(), party.signatoryName(),
                            party.signatoryPosition(), ordinal(indonesian, number).toUpperCase(Language.INDONESIAN.locale())), BODY)),
                    List.of(Block.paragraph(english.get("agreement.pdf.party", number, party.name(), party.signatoryName(),
                            party.signatoryPosition(), ordinal(english, number).toUpperCase(Language.ENGLISH.locale())), BODY))));
        }
        rows.add(words.row(List.of(Block.paragraph(indonesian.get("agreement.pdf.agree"), BODY)),
                List.of(Block.paragraph(english.get("agreement.pdf.agree"), BODY))));
        composer.alignedRows(rows, COLUMN_GAP, Units.mm(1.5f));
    }

    /**
     * The articles in print order: as written, then the parties' obligations, then the closing article (Penutup),
     * which always ends an agreement. The number of counterparts follows the number of parties.
     */
    private List<AlignedRow> articles(Agreement agreement, Words words) {
        List<Article> body = new ArrayList<>(agreement.articles());
        Article closing = closingArticle(body);
        body.remove(closing);
        List<Article[]> printed = new ArrayList<>();
        body.forEach(article -> printed.add(new Article[] {article}));
        if (!agreement.obligations().isEmpty()) {
            printed.add(new Article[0]);
        }
        if (closing != null) {
            printed.add(new Article[] {closing});
        }
        int parties = agreement.parties().size();
        List<AlignedRow> rows = new ArrayList<>();
        int number = 0;
        for (Article[] slot : printed) {
            number++;
            if (slot.length == 0) {
                rows.add(words.row(
                        article(indonesian.get("agreement.pdf.article", number), indonesian.get("agreement.pdf.obligations"),
                                obligations(agreement, indonesian, true)),
                        article(english.get("agreement.pdf.article", number), english.get("agreement.pdf.obligations"),
                                obligations(agreement, english, false))));
                continue;
            }
            Article article = slot[0];
            rows.add(words.row(
                    article(indonesian.get("agreement.pdf.article", number), article.headingId(),
                            counterparts(article.textId(), parties)),
                    article(english.get("agreement.pdf.article", number), article.headingEn(),
                            counterparts(article.textEn().isBlank() ? article.textId() : article.textEn(), parties))));
        }
        return rows;
    }

    /** The last article headed "Penutup" (or "Closing ..."), or null when the agreement has none. */
    private Article closingArticle(List<Article> articles) {
        String id = indonesian.get("agreement.pdf.closingHeading").toLowerCase(Language.INDONESIAN.locale());
        String en = english.get("agreement.pdf.closingHeading").toLowerCase(Language.ENGLISH.locale());
        Article closing = null;
        for (Article article : articles) {
            if (article.headingId().toLowerCase(Language.INDONESIAN.locale()).startsWith(id)
                    || article.headingEn().toLowerCase(Language.ENGLISH.locale()).startsWith(en)) {
                closing = article;
            }
        }
        return closing;
    }

    private String counterparts(String text, int parties) {
        return englishCounterparts.matchParties(indonesianCounterparts.matchParties(text, parties), parties);
    }

    /** Whether an article says the originals are stamped ("bermeterai cukup"), so the signatures need room for it. */
    private boolean stamped(Agreement agreement) {
        List<String> needles = new ArrayList<>();
        for (Messages messages : List.of(indonesian, english)) {
            for (String word : messages.get("agreement.pdf.stampWords").split(",")) {
                needles.add(word.strip().toLowerCase(Language.INDONESIAN.locale()));
            }
        }
        return agreement.articles().stream()
                .map(a -> (a.textId() + " " + a.textEn()).toLowerCase(Language.INDONESIAN.locale()))
                .anyMatch(text -> needles.stream().anyMatch(text::contains));
    }

    private static List<Block> article(String label, String heading, String text) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(Block.heading(label, ARTICLE).centered().spaceAfter(1));
        if (!heading.isBlank()) {
            blocks.add(Block.heading(heading, ARTICLE).centered().spaceAfter(2));
        }
        blocks.add(Block.paragraph(text, BODY).aligned(Alignment.JUSTIFY));
        return blocks;
    }

    private static String obligations(Agreement agreement, Messages messages, boolean indonesianText) {
        List<String> lines = new ArrayList<>();
        int n = 0;
        for (Obligation obligation : agreement.obligations()) {
            n++;
            String party = obligation.partyNumber() <= agreement.parties().size()
                    ? ordinal(messages, obligation.partyNumber()) : "";
            String text = indonesianText || obligation.descriptionEn().isBlank()
                    ? obligation.descriptionId() : obligation.descriptionEn();
            lines.add(messages.get("agreement.pdf.obligation", n, party, text,
                    messages.label("agreement.recurrence", obligation.recurrence()).toLowerCase(messages.language().locale()),
                    messages.date(obligation.firstDueOn())));
        }
        return String.join("\n", lines);
    }

    private List<Block> signatures(Agreement agreement, Words words) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(Block.spacer(Units.mm(6)));
        Party first = agreement.parties().isEmpty() ? null : agreement.parties().get(0);
        String place = first == null || first.signingPlace().isBlank() ? forum.city() : first.signingPlace();
        String dateId = agreement.signedOn() == null ? "...................." : indonesian.date(agreement.signedOn());
        String dateEn = agreement.signedOn() == null ? "...................." : english.date(agreement.signedOn());
        blocks.add(Block.paragraph(words.join(indonesian.get("agreement.pdf.signedAt", place, dateId),
                english.get("agreement.pdf.signedAt", place, dateEn)), BODY).centered().spaceAfter(Units.mm(4)));
        boolean stamped = stamped(agreement);
        String stampLabel = words.stack(indonesian.get("agreement.pdf.dutyStamp"), english.get("agreement.pdf.dutyStamp"));
        List<List<List<Block>>> columns = new ArrayList<>();
        for (int i = 0; i < agreement.parties().size(); i++) {
            Party party = agreement.parties().get(i);
            Block signingSpace = stamped
                    ? Block.markedSpace(STAMPED_SIGNING_SPACE, STAMP_WIDTH, STAMP_HEIGHT, stampLabel, SMALL)
                    : Block.spacer(SIGNING_SPACE);
            // one cell per line of the block, so names and positions line up across the row whatever wraps above
            columns.add(List.of(
                    List.of(Block.paragraph(words.join(ordinal(indonesian, i + 1).toUpperCase(Language.INDONESIAN.locale()),
                            ordinal(english, i + 1).toUpperCase(Language.ENGLISH.locale())), ARTICLE).centered()),
                    List.of(Block.paragraph(party.name(), SMALL).centered()),
                    List.of(signingSpace),
                    List.of(Block.paragraph(party.signatoryName(), BODY).centered()),
                    List.of(Block.paragraph(party.signatoryPosition(), SMALL).centered().spaceAfter(Units.mm(6)))));
            if (columns.size() == SIGNATURES_PER_ROW || i == agreement.parties().size() - 1) {
                // a party left alone on the last row (the third of three) signs in the middle, not under the first
                blocks.add(Block.sideBySideCells(COLUMN_GAP, columns));
                columns = new ArrayList<>();
            }
        }
        return blocks;
    }

    private static String ordinal(Messages messages, int number) {
        return messages.get("agreement.party.ordinal." + Math.min(number, 5));
    }

    /** Chooses between the two languages, or both, for every piece of text the document prints. */
    private record Words(PrintLanguage language, Messages indonesian, Messages english) {
        String join(String id, String en) {
            return switch (language) {
                case BILINGUAL -> id + " / " + en;
                case INDONESIAN -> id;
                case ENGLISH -> en;
            };
        }

        String stack(String id, String en) {
            return switch (language) {
                case BILINGUAL -> id.equals(en) ? id : id + "\n" + en;
                case INDONESIAN -> id;
                case ENGLISH -> en;
            };
        }

        /** Two columns side by side when bilingual; otherwise the one language across the page. */
        AlignedRow row(List<Block> id, List<Block> en) {
            return switch (language) {
                case BILINGUAL -> AlignedRow.of(id, en);
                case INDONESIAN -> AlignedRow.of(id);
                case ENGLISH -> AlignedRow.of(en);
            };
        }
    }
}
