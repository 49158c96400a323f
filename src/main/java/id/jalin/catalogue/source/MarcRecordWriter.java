package id.jalin.catalogue.source;

import id.jalin.catalogue.domain.CatalogueRecord;
import id.jalin.catalogue.domain.HoldingsSource;
import id.jalin.catalogue.domain.MarcOriginal;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.marc4j.MarcException;
import org.marc4j.MarcStreamReader;
import org.marc4j.MarcStreamWriter;
import org.marc4j.MarcWriter;
import org.marc4j.MarcXmlWriter;
import org.marc4j.marc.Record;

/**
 * Records handed to a member for its own catalogue (copy cataloguing into SLiMS, Koha or INLISLite): as MARC21 in
 * ISO 2709 with UTF-8 text, or as MARCXML. A record read from MARC goes out as its member's system wrote it (its
 * {@link MarcOriginal}); one read from a CSV goes out as a minimal record made from its fields.
 */
public final class MarcRecordWriter {
    private MarcRecordWriter() {
    }

    /**
     * Writes the records one after another; the stream is left open.
     *
     * @param format {@link HoldingsSource#MARC21} or {@link HoldingsSource#MARCXML}
     * @throws IllegalArgumentException for any other format
     */
    public static void write(Iterable<CatalogueRecord> records, HoldingsSource format, OutputStream out)
            throws IOException {
        if (format != HoldingsSource.MARC21 && format != HoldingsSource.MARCXML) {
            throw new IllegalArgumentException("Records are written as MARC21 or MARCXML, not " + format);
        }
        OutputStream unclosed = new UnclosedOutputStream(out);
        MarcWriter writer;
        if (format == HoldingsSource.MARC21) {
            MarcStreamWriter iso = new MarcStreamWriter(unclosed, StandardCharsets.UTF_8.name());
            iso.setAllowOversizeEntry(true);
            writer = iso;
        } else {
            MarcXmlWriter xml = new MarcXmlWriter(unclosed, StandardCharsets.UTF_8.name(), true);
            // NFC, as Jalin reads text; marc4j would otherwise write MARC-8 converted combining marks as they came
            xml.setUnicodeNormalization(true);
            writer = xml;
        }
        try {
            for (CatalogueRecord record : records) {
                writer.write(marc(record));
            }
            writer.close();
        } catch (MarcException failed) {
            Throwable cause = failed.getCause();
            throw cause instanceof IOException io ? io : new IOException("MARC could not be written", failed);
        } catch (UncheckedIOException failed) {
            throw failed.getCause();
        }
        out.flush();
    }

    /** The record as MARC: its original when it has one that still reads, otherwise one made from its fields. */
    static Record marc(CatalogueRecord record) {
        Optional<MarcOriginal> original = record.original();
        if (original.isPresent()) {
            try {
                MarcStreamReader reader = new MarcStreamReader(new ByteArrayInputStream(original.get().iso2709()),
                        StandardCharsets.UTF_8.name());
                if (reader.hasNext()) {
                    return reader.next();
                }
            } catch (MarcException unreadable) {
                // the kept copy was written by Jalin itself; should it not read, the fields still make a record
            }
        }
        return GeneratedMarc.of(record);
    }

    /** marc4j's writers close the stream they write to; the caller's stream stays the caller's to close. */
    private static final class UnclosedOutputStream extends java.io.FilterOutputStream {
        UnclosedOutputStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
