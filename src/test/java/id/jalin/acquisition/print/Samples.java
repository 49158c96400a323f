package id.jalin.acquisition.print;

import id.jalin.forum.domain.LetterNumbering;
import id.jalin.kernel.money.Money;
import id.jalin.kernel.pdf.LetterheadData;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A West Java forum's purchase round, as the papers' tests print it. */
final class Samples {
    static final LocalDate DATE = LocalDate.of(2026, 12, 2);
    static final String LETTER_NUMBER = LetterNumbering.format(4, OrderList.LETTER_SERIES, "FPPTI-JABAR",
            DATE);
    static final String ROUND = "Pengadaan Bersama Semester Genap 2026/2027";
    static final String COORDINATOR = "UPT Perpustakaan Universitas Padjadjaran";
    static final String LONG_LIBRARY = "Perpustakaan Pusat dan Unit Pelaksana Teknis Perpustakaan Universitas Islam "
            + "Negeri Sunan Gunung Djati Bandung Kampus II Cibiru";
    static final String LONG_TITLE = "Kajian perbandingan layanan pengadaan bersama dan pinjam antar perpustakaan di "
            + "perguruan tinggi negeri dan swasta se-Jawa Barat: tinjauan kebijakan, anggaran, koleksi elektronik, "
            + "dan tata kelola konsorsium perpustakaan dalam dua dasawarsa terakhir";

    private Samples() {
    }

    static LetterheadData letterhead() {
        return new LetterheadData("Forum Perpustakaan Perguruan Tinggi Indonesia Wilayah Jawa Barat",
                List.of("Jl. Raya Bandung-Sumedang Km 21, Jatinangor 45363", "fpptijabar@example.org"), null);
    }

    static List<Participant> participants() {
        return List.of(new Participant("ITB", "Perpustakaan Pusat Institut Teknologi Bandung"),
                new Participant("UNPAD", COORDINATOR),
                new Participant("UNPAR", "Perpustakaan Universitas Katolik Parahyangan"),
                new Participant("UINSGD", LONG_LIBRARY));
    }

    static OrderLine book(String isbn, String title, String author, long price, MemberCopies... copies) {
        return OrderLine.forMembers(isbn, title, author, ItemFormat.PRINT, Money.of(price), List.of(copies));
    }

    static MemberCopies copies(String code, int copies) {
        return new MemberCopies(code, copies);
    }

    /** Two vendors: books for members (one title asked for by two), an e-book and a database for all. */
    static OrderList orderList() {
        VendorOrder books = new VendorOrder("PT Gramedia Asri Media", List.of(
                book("9786024250817", "Pengantar ilmu perpustakaan dan kearsipan", "Sulistyo-Basuki", 185_000,
                        copies("ITB", 2), copies("UNPAD", 1)),
                book("9789794616727", "Metodologi penelitian kualitatif", "Lexy J. Moleong", 97_500,
                        copies("UNPAR", 3)),
                OrderLine.forMembers("9780262033848", "Introduction to algorithms", "Cormen, Thomas H.",
                        ItemFormat.EBOOK, Money.of(1_450_000), List.of(copies("ITB", 1)))));
        VendorOrder electronic = new VendorOrder("CV Pustaka Digital Nusantara", List.of(
                OrderLine.forAll("", "ProQuest Central (akses satu tahun)", "", ItemFormat.DATABASE,
                        Money.of(250_000_000), 1),
                OrderLine.forAll("14712105", "Journal of Academic Librarianship", "Elsevier",
                        ItemFormat.JOURNAL_SUBSCRIPTION, Money.of(18_750_000), 1)));
        return orderList(List.of(books, electronic));
    }

    static OrderList orderList(List<VendorOrder> vendors) {
        return new OrderList(letterhead(), LETTER_NUMBER, DATE, "Bandung", ROUND, COORDINATOR, participants(),
                vendors, "Dr. Hana Pertiwi, M.Si.", "Koordinator Pengadaan Bersama");
    }

    /** {@code count} vendors of {@code lines} books each, enough to run over several pages. */
    static OrderList longOrderList(int count, int lines) {
        List<VendorOrder> vendors = new ArrayList<>();
        for (int v = 1; v <= count; v++) {
            List<OrderLine> books = new ArrayList<>();
            for (int i = 1; i <= lines; i++) {
                books.add(book(String.format("97860242%05d", v * 100 + i), "Katalogisasi subjek jilid " + v + "." + i,
                        "Pengarang " + i, 100_000 + i * 1_000L, copies("ITB", 1 + i % 3), copies("UINSGD", 1)));
            }
            vendors.add(new VendorOrder("Penerbit Contoh " + v, books));
        }
        return orderList(vendors);
    }

    /**
     * ITB's statement under the weighted rule: two own books, its share of the database (weight 3 of 10, 30 % of
     * Rp 250.000.000) and of the journal subscription (30 % of Rp 18.750.000).
     */
    static MemberStatement statement(BudgetContext budget) {
        return new MemberStatement(letterhead(), DATE, ROUND, COORDINATOR, participants().get(0), List.of(
                StatementLine.own("9786024250817", "Pengantar ilmu perpustakaan dan kearsipan", "Sulistyo-Basuki",
                        ItemFormat.PRINT, 2, Money.of(185_000)),
                StatementLine.own("9780262033848", "Introduction to algorithms", "Cormen, Thomas H.", ItemFormat.EBOOK,
                        1, Money.of(1_450_000)),
                StatementLine.shared("", "ProQuest Central (akses satu tahun)", "", ItemFormat.DATABASE, 1,
                        Money.of(250_000_000), Money.of(75_000_000)),
                StatementLine.shared("14712105", "Journal of Academic Librarianship", "Elsevier",
                        ItemFormat.JOURNAL_SUBSCRIPTION, 1, Money.of(18_750_000), Money.of(5_625_000))),
                SplitBasis.weighted(4, 3, 10), budget);
    }

    static BudgetContext budget() {
        return new BudgetContext(Money.of(300_000_000), Money.of(271_047_500), Money.of(100_000_000));
    }

    /** The sample round's summary: UNPAD over its cap, UNPAR without one, UINSGD with shared items only. */
    static RoundSummary summary(Money budget) {
        List<Participant> members = participants();
        return new RoundSummary(letterhead(), DATE, ROUND, COORDINATOR, budget, List.of(
                new MemberSpend(members.get(0), 3, Money.of(1_820_000), Money.of(80_625_000), Money.of(100_000_000)),
                new MemberSpend(members.get(1), 1, Money.of(185_000), Money.of(53_750_000), Money.of(50_000_000)),
                new MemberSpend(members.get(2), 3, Money.of(292_500), Money.of(80_625_000), null),
                new MemberSpend(members.get(3), 0, Money.ZERO, Money.of(53_750_000), Money.of(60_000_000))),
                List.of(new FormatSpend(ItemFormat.PRINT, 2, 6, Money.of(847_500)),
                        new FormatSpend(ItemFormat.EBOOK, 1, 1, Money.of(1_450_000)),
                        new FormatSpend(ItemFormat.DATABASE, 1, 1, Money.of(250_000_000)),
                        new FormatSpend(ItemFormat.JOURNAL_SUBSCRIPTION, 1, 1, Money.of(18_750_000))));
    }
}
