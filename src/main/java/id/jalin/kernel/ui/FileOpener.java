package id.jalin.kernel.ui;

import java.nio.file.Path;

/** Opens a file in the program the desktop associates with it (a PDF viewer, an image viewer). */
@FunctionalInterface
public interface FileOpener {
    /** Asks the desktop to open the file; false when there is nothing on this computer to ask. */
    boolean open(Path file);

    /** Shows the folder holding the file in the file manager; false when that cannot be done. */
    default boolean showInFolder(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        return folder != null && open(folder);
    }
}
