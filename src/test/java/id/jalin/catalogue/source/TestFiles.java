package id.jalin.catalogue.source;

import id.jalin.kernel.importing.ImportRefusedException;
import id.jalin.kernel.task.Progress;
import id.jalin.kernel.validation.FieldError;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The committed test files (README.txt beside them says where each comes from) and small helpers. */
final class TestFiles {
    private TestFiles() {
    }

    static InputStream open(String name) {
        InputStream in = TestFiles.class.getResourceAsStream("/id/jalin/catalogue/source/" + name);
        if (in == null) {
            throw new IllegalArgumentException("No test file " + name);
        }
        return in;
    }

    static byte[] bytes(String name) {
        try (InputStream in = open(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static InputStream text(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    static CollectingSink read(HoldingsReader reader, InputStream in) throws IOException, ImportRefusedException {
        CollectingSink sink = new CollectingSink();
        reader.read(in, sink, Progress.NONE);
        return sink;
    }

    static String refusal(ImportRefusedException refused) {
        return refused.reasons().stream().map(FieldError::messageKey).findFirst().orElse("");
    }

    /** A Progress whose user presses Cancel once the reader has reported progress this many times. */
    static Progress cancelAfter(int updates) {
        return new Progress() {
            private int seen;

            @Override
            public void update(long done, long total) {
                seen++;
            }

            @Override
            public boolean isCancelled() {
                return seen >= updates;
            }
        };
    }
}
