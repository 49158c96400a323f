package id.jalin.kernel.pdf;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;

/** An agreement-like document built the way agreement printing will build it, with realistic legal text. */
final class AgreementSample {
    static final PageFrame FRAME = PageFrame.a4Portrait(Margins.ofMm(18, 20, 12, 25), Units.mm(10));
    static final float COLUMN_GAP = Units.mm(8);
    static final TextStyle BODY = TextStyle.regular(9.5f);
    static final Alignment BODY_ALIGNMENT = Alignment.JUSTIFY;
    static final TextStyle ARTICLE = TextStyle.bold(10);
    static final TextStyle TITLE = TextStyle.bold(13);
    static final TextStyle FOOTER = TextStyle.regular(8);
    static final PageFooterText FOOTER_TEXT = (page, total) ->
            "Halaman " + page + " dari " + total + " / Page " + page + " of " + total;

    private static final String[][] SENTENCES = {
        {"Para Pihak sepakat untuk saling memberikan akses layanan perpustakaan kepada sivitas akademika masing-masing "
                + "sesuai dengan ketentuan yang berlaku di setiap perguruan tinggi.",
            "The Parties agree to grant each other's academic community access to library services in accordance "
                + "with the regulations in force at each university."},
        {"Pinjam antarperpustakaan dilaksanakan paling lama 14 (empat belas) hari kalender sejak tanggal permintaan "
                + "diterima oleh Pihak Kedua.",
            "Interlibrary loans shall be fulfilled no later than 14 (fourteen) calendar days from the date the request "
                + "is received by the Second Party."},
        {"Segala biaya pengiriman bahan pustaka ditanggung oleh pihak yang mengajukan permintaan, kecuali disepakati "
                + "lain secara tertulis.",
            "All costs of sending library materials shall be borne by the requesting party, unless otherwise agreed in "
                + "writing."},
        {"Kerusakan atau kehilangan bahan pustaka selama masa peminjaman menjadi tanggung jawab pihak peminjam dan "
                + "wajib diganti dengan judul yang sama atau nilai yang setara.",
            "Damage to or loss of library materials during the loan period is the responsibility of the borrowing party "
                + "and shall be replaced with the same title or an equivalent value."},
        {"Perjanjian ini tidak mengurangi hak dan kewajiban masing-masing Pihak berdasarkan peraturan "
                + "perundang-undangan di bidang hak cipta.",
            "This Agreement does not diminish the rights and obligations of each Party under the laws and regulations "
                + "on copyright."},
        {"Data pribadi pemustaka yang dipertukarkan hanya digunakan untuk keperluan layanan dan dilindungi sesuai "
                + "dengan Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi.",
            "Personal data of library users exchanged between the Parties shall be used only for service purposes "
                + "and protected in accordance with Law Number 27 of 2022 on Personal Data Protection."},
        {"Perselisihan yang timbul dari pelaksanaan Perjanjian ini diselesaikan secara musyawarah untuk mufakat "
                + "dalam jangka waktu 30 (tiga puluh) hari.",
            "Disputes arising from the implementation of this Agreement shall be settled amicably by deliberation "
                + "within 30 (thirty) days."},
        {"Hal-hal yang belum diatur dalam Perjanjian ini akan diatur kemudian dalam addendum yang merupakan bagian "
                + "tidak terpisahkan dari Perjanjian ini.",
            "Matters not yet regulated in this Agreement shall be regulated later in an addendum forming an integral "
                + "part of this Agreement."},
        {"Masing-masing Pihak menunjuk seorang koordinator yang bertanggung jawab atas pelaksanaan teknis, "
                + "pelaporan berkala setiap semester, dan evaluasi tahunan kegiatan kerja sama.",
            "Each Party shall appoint a coordinator responsible for technical implementation, reporting every "
                + "semester and the annual evaluation of the cooperation activities."},
    };

    private AgreementSample() {
    }

    static String indonesian(int article) {
        return body(article, 0);
    }

    static String english(int article) {
        return body(article, 1);
    }

    /** Articles vary from one sentence to a dozen, so some of them fall across a page break. */
    private static String body(int article, int language) {
        int sentences = article % 6 == 0 ? 12 : 1 + (article * 7) % 5;
        StringBuilder text = new StringBuilder();
        for (int s = 0; s < sentences; s++) {
            if (s > 0) {
                text.append(s % 4 == 0 ? "\n" : " ");
            }
            text.append(SENTENCES[(article + s * 2) % SENTENCES.length][language]);
        }
        return text.toString();
    }

    static List<String> preamble() {
        return List.of(
                "Pada hari ini, Senin, tanggal 3 Maret 2025, yang bertanda tangan di bawah ini / "
                        + "On this day, Monday, 3 March 2025, the undersigned:",
                "1. Universitas Padjadjaran, diwakili oleh Kepala UPT Perpustakaan, selanjutnya disebut PIHAK PERTAMA "
                        + "/ hereinafter the FIRST PARTY;",
                "2. Institut Teknologi Bandung, diwakili oleh Kepala Perpustakaan Pusat, selanjutnya disebut PIHAK "
                        + "KEDUA / hereinafter the SECOND PARTY.");
    }

    static List<String> signatureWords() {
        return List.of("PIHAK PERTAMA / FIRST PARTY", "Dr. Siti Nurhaliza, M.Hum.", "NIP 197501012000032001",
                "PIHAK KEDUA / SECOND PARTY", "Prof. Ir. Budi Santoso, Ph.D.", "NIP 196812121995121001");
    }

    static List<Block> signatureBlock() {
        List<String> s = signatureWords();
        List<Block> left = List.of(Block.paragraph(s.get(0), ARTICLE).centered(), Block.spacer(Units.mm(22)),
                Block.paragraph(s.get(1), BODY).centered(), Block.paragraph(s.get(2), BODY).centered());
        List<Block> right = List.of(Block.paragraph(s.get(3), ARTICLE).centered(), Block.spacer(Units.mm(22)),
                Block.paragraph(s.get(4), BODY).centered(), Block.paragraph(s.get(5), BODY).centered());
        return List.of(Block.spacer(Units.mm(8)),
                Block.paragraph("Bandung, 3 Maret 2025 / 3 March 2025", BODY).centered().spaceAfter(Units.mm(4)),
                Block.sideBySide(COLUMN_GAP, List.of(left, right)));
    }

    static LetterheadData letterhead() {
        return new LetterheadData("Forum Perpustakaan Perguruan Tinggi Indonesia Wilayah Jawa Barat",
                List.of("Sekretariat: Jl. Dipati Ukur No. 35, Bandung 40132",
                        "Telp. (022) 250 3271 • surel: sekretariat@fpptijabar.or.id"),
                logoPng());
    }

    static List<AlignedRow> bilingualArticles(int count) {
        List<AlignedRow> rows = new ArrayList<>();
        for (int n = 1; n <= count; n++) {
            rows.add(AlignedRow.of(
                    List.of(Block.heading("Pasal " + n, ARTICLE).spaceAfter(2),
                            Block.paragraph(indonesian(n), BODY).aligned(BODY_ALIGNMENT)),
                    List.of(Block.heading("Article " + n, ARTICLE).spaceAfter(2),
                            Block.paragraph(english(n), BODY).aligned(BODY_ALIGNMENT))));
        }
        return rows;
    }

    static List<AlignedRow> indonesianArticles(int count) {
        List<AlignedRow> rows = new ArrayList<>();
        for (int n = 1; n <= count; n++) {
            rows.add(AlignedRow.of(List.of(Block.heading("Pasal " + n, ARTICLE).centered().spaceAfter(2),
                    Block.paragraph(indonesian(n), BODY).aligned(BODY_ALIGNMENT))));
        }
        return rows;
    }

    static byte[] render(List<AlignedRow> articles) {
        try (PDDocument document = new PDDocument()) {
            DocumentResources resources = DocumentResources.embedIn(document);
            DocumentComposer composer = new DocumentComposer(resources, FRAME);
            composer.add(Letterhead.of(letterhead()))
                    .spacer(Units.mm(4))
                    .add(Block.paragraph("PERJANJIAN KERJA SAMA\nCOOPERATION AGREEMENT", TITLE).centered())
                    .add(Block.paragraph("Nomor / Number: 017/FPPTI-JB/PKS/III/2025", BODY).centered()
                            .spaceAfter(Units.mm(5)));
            for (String line : preamble()) {
                composer.add(Block.paragraph(line, BODY).aligned(BODY_ALIGNMENT).spaceAfter(3));
            }
            composer.spacer(Units.mm(4))
                    .alignedRows(articles, COLUMN_GAP, Units.mm(3))
                    .keepTogether(signatureBlock())
                    .finish();
            new FooterStamper(resources, FRAME, FOOTER).stamp(FOOTER_TEXT);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] logoPng() {
        BufferedImage image = new BufferedImage(200, 200, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(0x1f, 0x4e, 0x79));
        g.fillOval(10, 10, 180, 180);
        g.setColor(Color.WHITE);
        g.fillRect(60, 55, 80, 90);
        g.setColor(new Color(0x1f, 0x4e, 0x79));
        g.fillRect(98, 55, 4, 90);
        g.dispose();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
