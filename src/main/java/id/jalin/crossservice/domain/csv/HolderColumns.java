package id.jalin.crossservice.domain.csv;

import id.jalin.crossservice.domain.HolderKind;
import id.jalin.kernel.importing.CellParsers;
import id.jalin.kernel.importing.ImportColumn;
import id.jalin.kernel.importing.ImportSchema;
import java.util.Map;

/**
 * The columns of the card holder import file (docs/csv-card-holder-import.md), each with its English and
 * Indonesian heading. Without number, name and home library a row names nobody, or nobody in particular, so a file
 * lacking any of them is refused.
 */
final class HolderColumns {
    static final ImportColumn<String> NUMBER = ImportColumn.text("number", "nomor").required();
    static final ImportColumn<String> NAME = ImportColumn.text("name", "nama").required();
    static final ImportColumn<String> HOME_LIBRARY = ImportColumn.text("home_library", "perpustakaan_asal").required();
    static final ImportColumn<String> PROGRAMME = ImportColumn.text("programme", "program_studi");
    static final ImportColumn<HolderKind> KIND = ImportColumn.of("kind", "jenis", CellParsers.oneOf(HolderKind.class,
            Map.of("mahasiswa", HolderKind.STUDENT, "dosen", HolderKind.LECTURER,
                    "staf", HolderKind.STAFF, "pegawai", HolderKind.STAFF),
            HolderKind.STUDENT, "holder.import.error.kind"));
    static final ImportColumn<String> EMAIL = ImportColumn.text("email", "email");
    static final ImportColumn<String> PHONE = ImportColumn.text("phone", "telepon");

    static final ImportSchema SCHEMA = ImportSchema.of(NUMBER, NAME, HOME_LIBRARY, PROGRAMME, KIND, EMAIL, PHONE);

    private HolderColumns() {
    }
}
