package id.jalin.catalogue.source;

import static id.jalin.kernel.importing.CellParsers.oneOf;
import static id.jalin.kernel.importing.CellParsers.wholeNumber;

import id.jalin.catalogue.domain.MaterialKind;
import id.jalin.kernel.importing.ImportColumn;
import id.jalin.kernel.importing.ImportSchema;
import java.util.Map;

/**
 * The columns of the Jalin holdings layout (docs/csv-holdings-import.md), for a member whose system exports neither
 * MARC nor SLiMS's CSV: headed in English or Indonesian, in any order; only the title is required. Columns that hold
 * several values (authors, subjects, ISBNs, item codes) separate them with ";".
 */
final class JalinCsvColumns {
    static final ImportColumn<String> RECORD_ID = ImportColumn.text("record_id", "id_rekaman").alsoHeaded("id");
    static final ImportColumn<String> TITLE = ImportColumn.text("title", "judul").required();
    static final ImportColumn<String> SUBTITLE = ImportColumn.text("subtitle", "anak_judul");
    static final ImportColumn<String> RESPONSIBILITY = ImportColumn.text("responsibility", "pernyataan_tanggung_jawab");
    static final ImportColumn<String> AUTHORS = ImportColumn.text("authors", "pengarang");
    static final ImportColumn<String> EDITION = ImportColumn.text("edition", "edisi");
    static final ImportColumn<String> PUBLISHER = ImportColumn.text("publisher", "penerbit");
    static final ImportColumn<String> PLACE = ImportColumn.text("place", "tempat_terbit");
    static final ImportColumn<String> YEAR = ImportColumn.text("year", "tahun_terbit").alsoHeaded("tahun");
    static final ImportColumn<String> ISBN = ImportColumn.text("isbn", "isbn");
    static final ImportColumn<String> ISSN = ImportColumn.text("issn", "issn");
    static final ImportColumn<String> SUBJECTS = ImportColumn.text("subjects", "subjek");
    static final ImportColumn<String> LANGUAGE = ImportColumn.text("language", "bahasa");
    static final ImportColumn<String> CALL_NUMBER = ImportColumn.text("call_number", "nomor_panggil");
    static final ImportColumn<String> CLASSIFICATION = ImportColumn.text("classification", "klasifikasi");
    static final ImportColumn<String> SERIES = ImportColumn.text("series", "seri");
    static final ImportColumn<String> EXTENT = ImportColumn.text("extent", "kolasi");
    static final ImportColumn<String> NOTES = ImportColumn.text("notes", "catatan");
    static final ImportColumn<MaterialKind> KIND = ImportColumn.of("kind", "jenis", oneOf(MaterialKind.class, Map.of(
            "buku", MaterialKind.BOOK,
            "skripsi", MaterialKind.THESIS,
            "tesis", MaterialKind.THESIS,
            "disertasi", MaterialKind.THESIS,
            "serial", MaterialKind.SERIAL,
            "terbitan berkala", MaterialKind.SERIAL,
            "jurnal", MaterialKind.SERIAL,
            "laporan penelitian", MaterialKind.RESEARCH_REPORT,
            "research report", MaterialKind.RESEARCH_REPORT,
            "lainnya", MaterialKind.OTHER), MaterialKind.BOOK, "catalogue.read.kind"));
    static final ImportColumn<Integer> COPIES = ImportColumn.of("copies", "eksemplar", wholeNumber())
            .alsoHeaded("jumlah_eksemplar");
    static final ImportColumn<String> ITEM_CODES = ImportColumn.text("item_codes", "kode_eksemplar");

    static final ImportSchema SCHEMA = ImportSchema.of(RECORD_ID, TITLE, SUBTITLE, RESPONSIBILITY, AUTHORS, EDITION,
            PUBLISHER, PLACE, YEAR, ISBN, ISSN, SUBJECTS, LANGUAGE, CALL_NUMBER, CLASSIFICATION, SERIES, EXTENT, NOTES,
            KIND, COPIES, ITEM_CODES);

    private JalinCsvColumns() {
    }
}
