package id.jalin.acquisition.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.jalin.acquisition.domain.AcquisitionMember;
import id.jalin.acquisition.domain.Decision;
import id.jalin.acquisition.domain.ItemFormat;
import id.jalin.acquisition.domain.OrderLines;
import id.jalin.acquisition.domain.ProposalLine;
import id.jalin.acquisition.domain.PurchaseRound;
import id.jalin.acquisition.domain.RoundCost;
import id.jalin.acquisition.domain.RoundStatus;
import id.jalin.acquisition.domain.SplitRule;
import id.jalin.acquisition.domain.Title;
import id.jalin.acquisition.print.MemberCopies;
import id.jalin.acquisition.print.MemberSpend;
import id.jalin.acquisition.print.MemberStatement;
import id.jalin.acquisition.print.OrderList;
import id.jalin.acquisition.print.OrderListPdf;
import id.jalin.acquisition.print.RoundSummary;
import id.jalin.acquisition.print.RoundSummaryPdf;
import id.jalin.acquisition.print.StatementLine;
import id.jalin.forum.domain.ForumProfile;
import id.jalin.kernel.i18n.Language;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.money.Money;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The round's values as the papers print them: one vendor section per vendor, two members' lines for one title on
 * one order line, a line at another price on a line of its own, a subscription for all; each member's statement
 * adding up to its part of the summary, and the members' shares to the round's cost.
 */
class AcquisitionPapersTest {
    private static final LocalDate DAY = LocalDate.of(2026, 12, 2);
    private static final ForumProfile FORUM = new ForumProfile(1, "Forum Perpustakaan Perguruan Tinggi Jawa Barat",
            "FPPTI-JABAR", "Jl. Dipati Ukur 35, Bandung", "Bandung", "", "", "", null, 90);
    private static final Map<Long, AcquisitionMember> MEMBERS = Map.of(
            1L, new AcquisitionMember(1, "UNPAD", "Perpustakaan Universitas Padjadjaran", true),
            2L, new AcquisitionMember(2, "ITB", "Perpustakaan Pusat ITB", true),
            3L, new AcquisitionMember(3, "UNPAR", "Perpustakaan Universitas Katolik Parahyangan", true));
    private final AcquisitionPapers papers = new AcquisitionPapers(MEMBERS::get, "(no vendor given)");

    private static PurchaseRound round() {
        Map<Long, Long> weights = new LinkedHashMap<>();
        weights.put(1L, 3L);
        weights.put(2L, 2L);
        weights.put(3L, 2L);
        return new PurchaseRound(10L, "Pengadaan Bersama 2027", 1, Money.of(20_000_000), DAY.plusDays(10),
                RoundStatus.CLOSED, SplitRule.WEIGHTED, weights, Money.of(5_000_000), "", 3);
    }

    private static ProposalLine line(long id, long member, String isbn, String title, ItemFormat format,
                                     boolean shared, String vendor, long price, int copies, Decision decision) {
        return new ProposalLine(id, 10, member, new Title(isbn, title, "Sugiyono", "Alfabeta", 2019, ""), format,
                shared, vendor, Money.of(price), copies, 5, "", decision, "", 0, 1);
    }

    private static List<ProposalLine> lines() {
        return List.of(
                line(1, 1, "978-602-289-533-6", "Metode penelitian kuantitatif", ItemFormat.PRINT, false,
                        "Alfabeta", 150_000, 2, Decision.ACCEPTED_DESPITE_FLAG),
                line(2, 3, "9786022895336", "Metode Penelitian Kuantitatif", ItemFormat.PRINT, false, "Alfabeta",
                        150_000, 1, Decision.ACCEPTED_DESPITE_FLAG),
                line(3, 2, "9786022895336", "Metode penelitian kuantitatif", ItemFormat.PRINT, false, "Alfabeta",
                        140_000, 1, Decision.ACCEPTED_DESPITE_FLAG),
                line(4, 2, "", "Jurnal Perpustakaan Indonesia (langganan)", ItemFormat.JOURNAL_SUBSCRIPTION, true,
                        "", 3_500_001, 1, Decision.ACCEPTED),
                line(5, 3, "", "Kumpulan cerpen kampus", ItemFormat.PRINT, false, "Toko Buku Kampus", 60_000, 10,
                        Decision.DROPPED));
    }

    @Test
    void theOrderListGathersMembersPerTitleAndVendorAndKeepsEachPrice() throws Exception {
        OrderList list = papers.orderList(FORUM, round(), OrderLines.of(lines()), new AcquisitionPapers.Letter(
                "004/PGD/FPPTI-JABAR/XII/2026", DAY, "Bandung", "Dr. Sri Wahyuni", "Koordinator"));

        assertThat(list.vendors()).extracting(vendor -> vendor.vendor())
                .containsExactlyInAnyOrder("Alfabeta", "(no vendor given)");
        var alfabeta = list.vendors().stream().filter(v -> v.vendor().equals("Alfabeta")).findFirst().orElseThrow();
        assertThat(alfabeta.lines()).hasSize(2);
        assertThat(alfabeta.lines().get(0).copies()).containsExactly(new MemberCopies("UNPAD", 2),
                new MemberCopies("UNPAR", 1));
        assertThat(alfabeta.lines().get(1).copies()).containsExactly(new MemberCopies("ITB", 1));
        assertThat(alfabeta.lines().get(1).unitPrice()).isEqualTo(Money.of(140_000));
        var forAll = list.vendors().stream().filter(v -> v.vendor().startsWith("(")).findFirst().orElseThrow();
        assertThat(forAll.lines().get(0).isShared()).isTrue();
        assertThat(forAll.lines().get(0).format()).isEqualTo(id.jalin.acquisition.print.ItemFormat
                .JOURNAL_SUBSCRIPTION);
        // the grand total is what the accepted lines cost, the dropped line not among them
        assertThat(list.grandTotal()).isEqualTo(RoundCost.of(round(), lines()).total());
        assertThat(list.participants()).extracting(p -> p.code()).containsExactly("UNPAD", "ITB", "UNPAR");
        assertThat(list.coordinatingLibrary()).isEqualTo("Perpustakaan Universitas Padjadjaran");

        Path pdf = Path.of("target", "papers", "acquisition-ui-order-list.pdf");
        Files.createDirectories(pdf.getParent());
        try (OutputStream out = Files.newOutputStream(pdf)) {
            new OrderListPdf(new Messages(Language.INDONESIAN)).write(list, out);
        }
        assertThat(Files.size(pdf)).isPositive();
    }

    @Test
    void eachStatementAddsUpToItsPartOfTheSummaryAndTheSharesToTheRoundsCost() throws Exception {
        RoundSummary summary = papers.summary(FORUM, round(), lines(), DAY);
        Money cost = RoundCost.of(round(), lines()).total();
        assertThat(summary.spent()).isEqualTo(cost);
        for (MemberSpend spend : summary.members()) {
            long memberId = MEMBERS.values().stream().filter(m -> m.code().equals(spend.member().code()))
                    .findFirst().orElseThrow().id();
            MemberStatement statement = papers.statement(FORUM, round(), lines(), memberId, DAY);
            assertThat(statement.total()).as(spend.member().code()).isEqualTo(spend.total());
            assertThat(statement.lines()).noneMatch(line -> line.title().equals("Kumpulan cerpen kampus"));
        }
        // the subscription for all, 3,500,001 by weights 3:2:2, is shared to the Rupiah
        assertThat(summary.members()).extracting(MemberSpend::shared).extracting(Money::rupiah)
                .containsExactly(1_500_001L, 1_000_000L, 1_000_000L);
        MemberStatement unpad = papers.statement(FORUM, round(), lines(), 1, DAY);
        assertThat(unpad.lines()).extracting(StatementLine::shared).containsExactly(false, true);
        assertThat(unpad.split().memberWeight()).isEqualTo(3);
        assertThat(unpad.split().totalWeight()).isEqualTo(7);

        Path pdf = Path.of("target", "papers", "acquisition-ui-round-summary.pdf");
        Files.createDirectories(pdf.getParent());
        try (OutputStream out = Files.newOutputStream(pdf)) {
            new RoundSummaryPdf(new Messages(Language.ENGLISH)).write(summary, out);
        }
        assertThat(Files.size(pdf)).isPositive();
    }
}
