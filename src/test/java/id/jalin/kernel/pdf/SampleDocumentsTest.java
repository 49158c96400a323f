package id.jalin.kernel.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** Writes sample documents to target/pdf-samples so a person can look at them (pdftoppm -r 60 -png ...). */
class SampleDocumentsTest {
    private static final Path SAMPLES = Path.of("target", "pdf-samples");

    @Test
    void writesABilingualAndASingleLanguageAgreement() throws IOException {
        Files.createDirectories(SAMPLES);
        Path bilingual = SAMPLES.resolve("agreement-bilingual.pdf");
        Path indonesian = SAMPLES.resolve("agreement-indonesian.pdf");
        Files.write(bilingual, AgreementSample.render(AgreementSample.bilingualArticles(40)));
        Files.write(indonesian, AgreementSample.render(AgreementSample.indonesianArticles(12)));

        String both = text(bilingual);
        assertThat(both).contains("Pasal 1", "Article 1", "Pasal 40", "Article 40");
        assertThat(pages(bilingual)).isGreaterThan(pages(indonesian));
        assertThat(text(indonesian)).contains("Pasal 12").doesNotContain("Article 1");
    }

    @Test
    void writesACardPageAndAnA4SheetOfCards() throws IOException {
        Files.createDirectories(SAMPLES);
        Path cards = SAMPLES.resolve("cards.pdf");
        try (PDDocument document = new PDDocument()) {
            DocumentResources resources = DocumentResources.embedIn(document);
            try (PageCanvas canvas = PageCanvas.onNewPage(resources, PageSize.ID_1)) {
                drawCard(canvas, new Box(0, 0, PageSize.ID_1.width(), PageSize.ID_1.height()),
                        "Universitas Pendidikan Indonesia");
            }
            try (PageCanvas sheet = PageCanvas.onNewPage(resources, PageSize.A4)) {
                float left = Units.mm(15);
                float top = PageSize.A4.height() - Units.mm(15);
                String[] names = {"Institut Teknologi Bandung", "Universitas Padjadjaran",
                    "Universitas Islam Negeri Sunan Gunung Djati Bandung", "Universitas Siliwangi",
                    "Politeknik Negeri Bandung", "Universitas Kuningan"};
                for (int i = 0; i < names.length; i++) {
                    float x = left + (i % 2) * (PageSize.ID_1.width() + Units.mm(10));
                    float y = top - (i / 2 + 1) * (PageSize.ID_1.height() + Units.mm(10));
                    Box card = new Box(x, y, PageSize.ID_1.width(), PageSize.ID_1.height());
                    sheet.cropMarks(card, Units.mm(4), Units.mm(1.5));
                    drawCard(sheet, card, names[i]);
                }
            }
            try (OutputStream out = Files.newOutputStream(cards)) {
                document.save(out);
            }
        }
        try (PDDocument written = Loader.loadPDF(cards.toFile())) {
            assertThat(written.getNumberOfPages()).isEqualTo(2);
            assertThat(written.getPage(0).getMediaBox().getWidth()).isCloseTo(PageSize.ID_1.width(), within(0.5f));
            assertThat(written.getPage(1).getMediaBox().getHeight()).isCloseTo(PageSize.A4.height(), within(0.5f));
        }
        assertThat(text(cards)).contains("Universitas Pendidikan Indonesia", "Universitas Siliwangi",
                "Politeknik Negeri Bandung");
    }

    private static String text(Path file) throws IOException {
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static int pages(Path file) throws IOException {
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            return document.getNumberOfPages();
        }
    }

    private static void drawCard(PageCanvas canvas, Box card, String library) throws IOException {
        canvas.rectangle(card.inset(Units.mm(1)), 0.5f, java.awt.Color.GRAY);
        canvas.image(AgreementSample.logoPng(), new Box(card.x() + Units.mm(4), card.top() - Units.mm(16),
                Units.mm(12), Units.mm(12)), Alignment.LEFT);
        canvas.textInBox("FPPTI Jawa Barat", new Box(card.x() + Units.mm(19), card.top() - Units.mm(10),
                card.width() - Units.mm(23), Units.mm(6)), TextStyle.bold(11), 6, Alignment.LEFT, VerticalAlignment.MIDDLE);
        canvas.textInBox("Kartu Anggota Forum / Forum Member Card", new Box(card.x() + Units.mm(19),
                card.top() - Units.mm(15), card.width() - Units.mm(23), Units.mm(5)), TextStyle.regular(7), 5,
                Alignment.LEFT, VerticalAlignment.MIDDLE);
        canvas.textInBox(library, new Box(card.x() + Units.mm(4), card.y() + Units.mm(14),
                card.width() - Units.mm(8), Units.mm(12)), TextStyle.bold(12), 7, Alignment.CENTER,
                VerticalAlignment.MIDDLE);
        canvas.textInBox("No. 0042 • berlaku s.d. 31 Desember 2026", new Box(card.x() + Units.mm(4),
                card.y() + Units.mm(4), card.width() - Units.mm(8), Units.mm(6)), TextStyle.oblique(7), 5,
                Alignment.CENTER, VerticalAlignment.MIDDLE);
    }
}
