package id.jalin.training.ui;

import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;

/** Asks the user for a folder. The screen receives this, so tests can answer without a native dialog. */
@FunctionalInterface
interface FolderChooser {
    Optional<Path> choose(Window owner, String title);

    /** The desktop's own folder dialog. */
    static FolderChooser nativeChooser() {
        return (owner, title) -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle(title);
            return Optional.ofNullable(chooser.showDialog(owner)).map(java.io.File::toPath);
        };
    }
}
