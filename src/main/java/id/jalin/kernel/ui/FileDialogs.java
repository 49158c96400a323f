package id.jalin.kernel.ui;

import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Window;

/** Asks the user for a file. Screens receive this, so tests can answer without a native dialog. */
public interface FileDialogs {
    Optional<Path> open(Window owner, String title, FileKind kind);

    Optional<Path> save(Window owner, String title, FileKind kind, String suggestedName);

    /** The kinds of file Jalin reads or writes, with their name patterns. */
    enum FileKind {
        CSV("*.csv"), XLSX("*.xlsx"), PDF("*.pdf"), ICS("*.ics"),
        /** What an import reads: a CSV file or an Excel workbook. */
        SPREADSHEET("*.csv", "*.xlsx"),
        SCAN("*.pdf", "*.png", "*.jpg", "*.jpeg", "*.tif", "*.tiff"),
        IMAGE("*.png", "*.jpg", "*.jpeg"),
        /** Jalin's own archive: a backup or "export everything". */
        ARCHIVE("*.zip"),
        /** An embedded database file, for a workstation copy. */
        EMBEDDED_DATABASE("*.mv.db"),
        /** Catalogue records: MARC21 (ISO 2709) and MARCXML. */
        MARC21("*.mrc", "*.marc"), MARCXML("*.xml"),
        /** An interlibrary loan message exchanged with a library outside the forum (ISO 18626 XML). */
        LOAN_MESSAGE("*.xml"),
        /** A member's holdings in any format the union catalogue reads. */
        HOLDINGS("*.mrc", "*.marc", "*.xml", "*.csv", "*.xlsx");

        private final java.util.List<String> patterns;

        FileKind(String... patterns) {
            this.patterns = java.util.List.of(patterns);
        }

        public java.util.List<String> patterns() {
            return patterns;
        }

        public String extension() {
            return patterns.get(0).substring(1);
        }
    }
}
