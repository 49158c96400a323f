package id.jalin.catalogue.source;

import id.jalin.catalogue.domain.MarcOriginal;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.marc4j.MarcException;
import org.marc4j.MarcStreamWriter;
import org.marc4j.marc.ControlField;
import org.marc4j.marc.DataField;
import org.marc4j.marc.Leader;
import org.marc4j.marc.Record;
import org.marc4j.marc.Subfield;

/**
 * A record written back as ISO 2709 in UTF-8, with leader/09 = 'a' so that every system reading it knows its text
 * is Unicode (the reader has already turned MARC-8 into UTF-8).
 *
 * <p>Every imported record is written so, which made marc4j's {@link MarcStreamWriter} (a number format per
 * directory entry, a charset looked up by name per field) half the cost of reading a record. ISO 2709 is simple
 * enough to write directly; the output is the same bytes marc4j writes (a test holds the two side by side), and a
 * record beyond the format's lengths still goes through marc4j, which knows how to write it oversize.
 */
final class MarcOriginals {
    private static final int FIELD_TERMINATOR = 0x1e;
    private static final int RECORD_TERMINATOR = 0x1d;
    private static final int SUBFIELD_DELIMITER = 0x1f;
    private static final int MAX_RECORD = 99_999;
    private static final int MAX_FIELD = 9_999;

    private MarcOriginals() {
    }

    static Optional<MarcOriginal> of(Record marc) {
        Leader leader = marc.getLeader();
        if (leader == null) {
            return Optional.empty();
        }
        leader.setCharCodingScheme('a');
        byte[] direct = iso2709(marc);
        if (direct != null) {
            return Optional.of(new MarcOriginal(direct));
        }
        return viaMarc4j(marc);
    }

    /** The record in ISO 2709, or null when it exceeds the format's lengths or has a tag that is not 3 long. */
    static byte[] iso2709(Record marc) {
        List<ControlField> controls = marc.getControlFields();
        List<DataField> data = marc.getDataFields();
        int count = controls.size() + data.size();
        ByteArrayOutputStream fields = new ByteArrayOutputStream(Math.max(256, marc.getLeader().getRecordLength()));
        byte[] directory = new byte[count * 12];
        int entry = 0;
        for (ControlField field : controls) {
            int start = fields.size();
            fields.writeBytes(bytes(field.getData()));
            fields.write(FIELD_TERMINATOR);
            if (!directoryEntry(directory, entry++, field.getTag(), fields.size() - start, start)) {
                return null;
            }
        }
        for (DataField field : data) {
            int start = fields.size();
            fields.write(field.getIndicator1());
            fields.write(field.getIndicator2());
            for (Subfield subfield : field.getSubfields()) {
                fields.write(SUBFIELD_DELIMITER);
                fields.write(subfield.getCode());
                fields.writeBytes(bytes(subfield.getData()));
            }
            fields.write(FIELD_TERMINATOR);
            if (!directoryEntry(directory, entry++, field.getTag(), fields.size() - start, start)) {
                return null;
            }
        }
        int base = 24 + directory.length + 1;
        int length = base + fields.size() + 1;
        if (length > MAX_RECORD) {
            return null;
        }
        Leader leader = marc.getLeader();
        leader.setRecordLength(length);
        leader.setBaseAddressOfData(base);
        ByteArrayOutputStream out = new ByteArrayOutputStream(length);
        out.writeBytes(leader.marshal().getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(directory);
        out.write(FIELD_TERMINATOR);
        out.writeBytes(fields.toByteArray());
        out.write(RECORD_TERMINATOR);
        byte[] record = out.toByteArray();
        return record.length == length ? record : null;
    }

    private static boolean directoryEntry(byte[] directory, int entry, String tag, int length, int start) {
        if (tag == null || tag.length() != 3 || length > MAX_FIELD || start > MAX_RECORD) {
            return false;
        }
        int at = entry * 12;
        for (int i = 0; i < 3; i++) {
            directory[at + i] = (byte) tag.charAt(i);
        }
        digits(directory, at + 3, 4, length);
        digits(directory, at + 7, 5, start);
        return true;
    }

    private static void digits(byte[] target, int at, int width, int value) {
        int rest = value;
        for (int i = width - 1; i >= 0; i--) {
            target[at + i] = (byte) ('0' + rest % 10);
            rest /= 10;
        }
    }

    private static byte[] bytes(String text) {
        return text == null ? new byte[0] : text.getBytes(StandardCharsets.UTF_8);
    }

    private static Optional<MarcOriginal> viaMarc4j(Record marc) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
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
