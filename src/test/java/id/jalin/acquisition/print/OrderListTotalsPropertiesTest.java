package id.jalin.acquisition.print;

import static org.assertj.core.api.Assertions.assertThat;

import id.jalin.kernel.i18n.Language;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.money.Money;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Over random order lists (jqwik): on the workbook every line's copies per member add up to its copies, the lines'
 * amounts add up to the vendors' subtotals and the grand total, and the PDF prints that same grand total.
 */
class OrderListTotalsPropertiesTest {
    private static final List<String> CODES = List.of("ITB", "UNPAD", "UNPAR", "UINSGD");

    @Provide
    Arbitrary<OrderList> orderLists() {
        Arbitrary<OrderLine> line = Combinators.combine(
                Arbitraries.longs().between(0, 500_000_000),
                Arbitraries.integers().between(1, 20).list().ofSize(CODES.size()),
                Arbitraries.integers().between(0, (1 << CODES.size()) - 1),
                Arbitraries.of(ItemFormat.class)).as((price, copies, mask, format) -> {
                    if (mask == 0) {
                        return OrderLine.forAll("", "Langganan", "", format, Money.of(price), copies.get(0));
                    }
                    List<MemberCopies> members = new ArrayList<>();
                    for (int m = 0; m < CODES.size(); m++) {
                        if ((mask & (1 << m)) != 0) {
                            members.add(new MemberCopies(CODES.get(m), copies.get(m)));
                        }
                    }
                    return OrderLine.forMembers("9786024250817", "Judul", "Pengarang", format, Money.of(price),
                            members);
                });
        Arbitrary<VendorOrder> vendor = Combinators.combine(Arbitraries.integers().between(1, 999),
                line.list().ofMinSize(1).ofMaxSize(8)).as((n, lines) -> new VendorOrder("Penyedia " + n, lines));
        return vendor.list().ofMinSize(1).ofMaxSize(4).map(Samples::orderList);
    }

    @Property(tries = 25)
    void theWorkbookAndThePdfAddUpToTheSameGrandTotal(@ForAll("orderLists") OrderList list) throws IOException {
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        new OrderListXlsx(new Messages(Language.INDONESIAN)).write(list, xlsx);
        try (Workbook workbook = Papers.workbook(xlsx.toByteArray())) {
            Sheet lines = workbook.getSheetAt(0);
            int copiesColumn = Papers.column(lines, "Eks.");
            int amountColumn = Papers.column(lines, "Jumlah");
            long sum = 0;
            for (int r = 1; r <= lines.getLastRowNum(); r++) {
                Row row = lines.getRow(r);
                double perMember = 0;
                for (String code : CODES) {
                    var cell = row.getCell(Papers.column(lines, "Eks. " + code));
                    perMember += cell == null ? 0 : cell.getNumericCellValue();
                }
                double copies = row.getCell(copiesColumn).getNumericCellValue();
                boolean shared = row.getCell(6).getStringCellValue().equals("Semua anggota");
                assertThat(shared ? 0 : copies).isEqualTo(perMember);
                sum += (long) row.getCell(amountColumn).getNumericCellValue();
            }
            assertThat(lines.getLastRowNum()).isEqualTo(list.lineCount());
            assertThat(sum).isEqualTo(list.grandTotal().rupiah());
            Sheet vendors = workbook.getSheetAt(1);
            long subtotals = 0;
            for (int r = 1; r < vendors.getLastRowNum(); r++) {
                subtotals += (long) vendors.getRow(r).getCell(3).getNumericCellValue();
            }
            assertThat(subtotals).isEqualTo(sum);
            assertThat((long) vendors.getRow(vendors.getLastRowNum()).getCell(3).getNumericCellValue()).isEqualTo(sum);
        }
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        new OrderListPdf(new Messages(Language.INDONESIAN)).write(list, pdf);
        try (PDDocument document = Papers.open(pdf.toByteArray())) {
            assertThat(Papers.text(document)).contains("JUMLAH SELURUHNYA")
                    .contains(new Messages(Language.INDONESIAN).money(list.grandTotal()));
        }
    }
}
