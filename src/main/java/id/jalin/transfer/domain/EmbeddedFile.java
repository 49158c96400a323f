package id.jalin.transfer.domain;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** H2 keeps a database named {@code jalin} in {@code jalin.mv.db}; people pick the file, Jalin wants the name. */
public final class EmbeddedFile {
    static final String SUFFIX = ".mv.db";

    private EmbeddedFile() {
    }

    /** The database name for a file a person chose ("trip.mv.db" or "trip" both give "trip"). */
    public static Path fromChosen(Path chosen) {
        String name = chosen.getFileName().toString();
        return name.endsWith(SUFFIX) ? chosen.resolveSibling(name.substring(0, name.length() - SUFFIX.length()))
                : chosen;
    }

    public static Path dataFile(Path h2File) {
        return h2File.resolveSibling(h2File.getFileName() + SUFFIX);
    }

    static void delete(Path h2File) throws IOException {
        Files.deleteIfExists(dataFile(h2File));
        Files.deleteIfExists(h2File.resolveSibling(h2File.getFileName() + ".trace.db"));
    }
}
