package id.jalin.kernel.ui;

import java.nio.file.Path;

/** Opens a file in the program the desktop associates with it (a PDF viewer, an image viewer). */
@FunctionalInterface
public interface FileOpener {
    void open(Path file);
}
