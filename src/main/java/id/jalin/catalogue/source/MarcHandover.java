package id.jalin.catalogue.source;

import id.jalin.catalogue.domain.RecordSink;
import id.jalin.kernel.importing.RejectedRow;
import id.jalin.kernel.validation.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.marc4j.MarcError;
import org.marc4j.marc.Record;

/**
 * What the file readers do with each record marc4j gives them, and with each one it cannot give. marc4j's
 * permissive reading mends what it can (a wrong leader length, subfield codes that are blanks, a record in MARC-8
 * that claims UTF-8) and lists what it mended in the record's errors. A mended record that still has a title is kept:
 * the fields Jalin reads are there. One that has no title is set aside, with the damage named when marc4j found
 * major damage. Holdings and authority records, which some exports mix in, are set aside as not bibliographic.
 */
final class MarcHandover {
    private MarcHandover() {
    }

    static void handOver(Record marc, int position, RecordSink sink) {
        String leader = MarcKind.leader(marc);
        char type = leader.length() > 6 ? leader.charAt(6) : ' ';
        if ("uvxyz".indexOf(type) >= 0) {
            sink.setAside(new RejectedRow(position, List.of(FieldError.of("record", "catalogue.read.not_bibliographic")),
                    List.of(MarcRecordMapping.sourceId(marc, position), "")));
            return;
        }
        if (MarcRecordMapping.title(marc).isEmpty() && damaged(marc)) {
            List<FieldError> reasons = new ArrayList<>();
            reasons.add(FieldError.of("record", "catalogue.read.no_title"));
            reasons.add(FieldError.of("record", "catalogue.read.damaged_record"));
            sink.setAside(new RejectedRow(position, reasons, List.of(MarcRecordMapping.sourceId(marc, position), "")));
            return;
        }
        MarcRecordMapping.read(marc, position, sink);
    }

    /** A record marc4j could not read at all: set aside at its position with what was wrong as far as it says. */
    static void unreadable(RuntimeException broken, int position, RecordSink sink) {
        sink.setAside(new RejectedRow(position, List.of(FieldError.of("record", reasonFor(broken))), List.of("", "")));
    }

    /**
     * The reason for marc4j's exception, from its message: marc4j says which part of the record it could not parse
     * ("unable to parse record length", "error parsing leader", "the directory is messed up", "Premature end of
     * file"), and a number that is not a number in the directory surfaces as NumberFormatException.
     */
    static String reasonFor(RuntimeException broken) {
        String message = String.valueOf(broken.getMessage()).toLowerCase(Locale.ROOT);
        if (message.contains("leader") || message.contains("record length")) {
            return "catalogue.read.bad_leader";
        }
        if (broken instanceof NumberFormatException || message.contains("directory") || message.contains("offset")) {
            return "catalogue.read.bad_directory";
        }
        if (message.contains("end of file") || message.contains("premature")) {
            return "catalogue.read.truncated";
        }
        return "catalogue.read.unreadable_record";
    }

    /** marc4j's own grading: a major or fatal error means parts of the record were guessed or lost. */
    private static boolean damaged(Record marc) {
        if (!marc.hasErrors()) {
            return false;
        }
        return marc.getErrors().stream().anyMatch(error -> error.severity >= MarcError.MAJOR_ERROR);
    }
}
