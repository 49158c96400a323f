package id.jalin.catalogue.source;

import id.jalin.catalogue.domain.MarcOriginal;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.marc4j.MarcException;
import org.marc4j.MarcStreamWriter;
import org.marc4j.marc.Leader;
import org.marc4j.marc.Record;

/**
 * A record written back as ISO 2709 in UTF-8, with leader/09 = 'a' so that every system reading it knows its text
 * is Unicode (the reader has already turned MARC-8 into UTF-8).
 */
final class MarcOriginals {
    private MarcOriginals() {
    }

    static Optional<MarcOriginal> of(Record marc) {
        Leader leader = marc.getLeader();
        if (leader == null) {
            return Optional.empty();
        }
        leader.setCharCodingScheme('a');
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
        try {
            MarcStreamWriter writer = new MarcStreamWriter(out, StandardCharsets.UTF_8.name());
            // a record over ISO 2709's 99,999 bytes is still kept: readers accept it, as Koha's export does
            writer.setAllowOversizeEntry(true);
            writer.write(marc);
            writer.close();
        } catch (MarcException unwritable) {
            // the record's fields were read; only the copy for cataloguing is lost, which the record survives
            return Optional.empty();
        }
        return Optional.of(new MarcOriginal(out.toByteArray()));
    }
}
