package id.jalin.catalogue.source;

import static id.jalin.catalogue.source.MarcFields.dataFields;
import static id.jalin.catalogue.source.MarcFields.nfc;

import id.jalin.catalogue.domain.MaterialKind;
import java.util.List;
import java.util.Locale;
import org.marc4j.marc.DataField;
import org.marc4j.marc.Leader;
import org.marc4j.marc.Record;
import org.marc4j.marc.Subfield;

/**
 * A record's {@link MaterialKind}: the leader says serial or language material; a dissertation note (502) or a
 * genre (655, or SLiMS's material designation in 245 $h) says thesis or research report, which Indonesian
 * catalogues name "skripsi", "tesis", "disertasi" and "laporan penelitian".
 */
final class MarcKind {
    private static final List<String> THESIS = List.of("skripsi", "tesis", "thesis", "theses", "disertasi",
            "dissertation");
    private static final List<String> REPORT = List.of("laporan penelitian", "research report");

    private MarcKind() {
    }

    static MaterialKind of(Record marc) {
        String leader = leader(marc);
        char type = leader.length() > 7 ? leader.charAt(6) : ' ';
        char level = leader.length() > 7 ? leader.charAt(7) : ' ';
        if (level == 's') {
            return MaterialKind.SERIAL;
        }
        if (!dataFields(marc, "502").isEmpty()) {
            return MaterialKind.THESIS;
        }
        String genres = genres(marc);
        if (THESIS.stream().anyMatch(genres::contains)) {
            return MaterialKind.THESIS;
        }
        if (REPORT.stream().anyMatch(genres::contains)) {
            return MaterialKind.RESEARCH_REPORT;
        }
        // SLiMS writes no type in its leader: a blank type is a SLiMS record, and SLiMS catalogues books
        return type == 'a' || type == 't' || type == ' ' ? MaterialKind.BOOK : MaterialKind.OTHER;
    }

    /** The leader as written, or the empty string when the record has none that can be written out. */
    static String leader(Record marc) {
        Leader leader = marc.getLeader();
        if (leader == null) {
            return "";
        }
        try {
            return leader.marshal();
        } catch (RuntimeException unreadable) {
            return "";
        }
    }

    /** 655 $a and 245 $h, lower case, for the words above. */
    private static String genres(Record marc) {
        StringBuilder genres = new StringBuilder();
        for (DataField field : dataFields(marc, "655", "245")) {
            char code = "655".equals(field.getTag()) ? 'a' : 'h';
            for (Subfield subfield : field.getSubfields(code)) {
                genres.append(nfc(subfield.getData()).toLowerCase(Locale.ROOT)).append(' ');
            }
        }
        return genres.toString();
    }
}
