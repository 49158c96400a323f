package id.jalin.kernel.export;

import static org.assertj.core.api.Assertions.assertThat;

import id.jalin.kernel.money.Money;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class CsvTableWriterTest {

    private static String written(ExportTable table) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CsvTableWriter().write(table, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void valuesAreSpelledSoAnySpreadsheetReadsThemAsValues() throws IOException {
        String csv = written(ExportTable.builder("t")
                .column("Kode", ColumnKind.TEXT).column("Iuran", ColumnKind.RUPIAH).column("Bergabung", ColumnKind.DATE)
                .column("Jam", ColumnKind.TIME).column("Tiba", ColumnKind.DATE_TIME).column("Kartu", ColumnKind.INTEGER)
                .row("ITB", Money.of(1_500_000), LocalDate.of(2012, 3, 1), LocalTime.of(8, 30),
                        LocalDateTime.of(2026, 11, 24, 9, 15), 12)
                .row("UNPAD", Money.of(-750_000), null, null, null, null)
                .build());

        assertThat(csv).isEqualTo("\ufeffKode;Iuran;Bergabung;Jam;Tiba;Kartu\r\n"
                + "ITB;1500000;2012-03-01;08:30;2026-11-24 09:15;12\r\n"
                + "UNPAD;-750000;;;;\r\n");
    }

    @Test
    void textThatASpreadsheetWouldRunGetsALeadingApostrophe() throws IOException {
        ExportTable.Builder table = ExportTable.builder("t").column("Nama", ColumnKind.TEXT);
        for (String text : new String[] {"=HYPERLINK(\"http://evil\",\"x\")", "+62 22 2500089", "-2+3", "@SUM(A1)",
                "\tx", "\rx", "Perpustakaan ITB", "a=b"}) {
            table.row(text);
        }

        String csv = written(table.build());

        // Read back as a spreadsheet would split it: the cells carry the apostrophe, quoting is undone.
        var records = org.apache.commons.csv.CSVFormat.DEFAULT.builder().setDelimiter(';').get()
                .parse(new java.io.StringReader(csv.substring(1))).getRecords();
        assertThat(records.stream().map(r -> r.get(0)).toList()).containsExactly("Nama",
                "'=HYPERLINK(\"http://evil\",\"x\")", "'+62 22 2500089", "'-2+3", "'@SUM(A1)", "'\tx", "'\rx",
                "Perpustakaan ITB", "a=b");
    }
}
