package id.jalin.kernel.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The platform's own open and save dialogs. */
public final class NativeFileDialogs implements FileDialogs {
    private File lastFolder;

    @Override
    public Optional<Path> open(Window owner, String title, FileKind kind) {
        FileChooser chooser = chooser(title, kind);
        File file = chooser.showOpenDialog(owner);
        return remember(file);
    }

    @Override
    public Optional<Path> save(Window owner, String title, FileKind kind, String suggestedName) {
        FileChooser chooser = chooser(title, kind);
        chooser.setInitialFileName(suggestedName);
        File file = chooser.showSaveDialog(owner);
        if (file != null && !file.getName().toLowerCase(java.util.Locale.ROOT).endsWith(kind.extension())) {
            file = new File(file.getParentFile(), file.getName() + kind.extension());
        }
        return remember(file);
    }

    private FileChooser chooser(String title, FileKind kind) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind.name(), kind.patterns()));
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        return chooser;
    }

    private Optional<Path> remember(File file) {
        if (file == null) {
            return Optional.empty();
        }
        lastFolder = file.getParentFile();
        return Optional.of(file.toPath());
    }
}
