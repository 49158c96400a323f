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
        CSV("*.csv"), XLSX("*.xlsx"), PDF("*.pdf");

        private final String pattern;

        FileKind(String pattern) {
            this.pattern = pattern;
        }

        public String pattern() {
            return pattern;
        }

        public String extension() {
            return pattern.substring(1);
        }
    }
}
