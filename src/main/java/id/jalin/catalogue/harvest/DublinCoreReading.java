package id.jalin.catalogue.harvest;

import id.jalin.catalogue.domain.CatalogueRecord;
import id.jalin.catalogue.domain.MaterialKind;
import id.jalin.catalogue.domain.RecordFlag;
import id.jalin.catalogue.domain.RecordSink;
import id.jalin.kernel.importing.RejectedRow;
import id.jalin.kernel.validation.FieldError;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * An {@code oai_dc} record read into the catalogue's record. Repositories (EPrints, DSpace) write a thesis as its
 * title, creators, subjects, publisher, dates, types and identifiers (the record's web address among them). SLiMS
 * writes its bibliographic record in a fixed order ({@code lib/detail.inc.php}, {@code DublinCoreOutput}): three
 * identifiers (the record's page, ISBN/ISSN without hyphens, call number), the classification as the last subject,
 * the edition as {@code hasVersion}, the collation as {@code extent}, the series as {@code isPartOf}, and one
 * {@code hasPart} per copy with its item code.
 */
final class DublinCoreReading implements MetadataReading {
    /** A classification number (DDC, or SLiMS's "2X4" for Islam) that SLiMS lists among the subjects. */
    private static final Pattern CLASSIFICATION = Pattern.compile("[0-9][0-9X]{2}(\\.[0-9]+)?( .*)?");

    /** A UTF-8 lead byte then a continuation byte, both read as Latin-1 characters. */
    private static final Pattern DOUBLE_ENCODED = Pattern.compile("[\u00C2-\u00F4][\u0080-\u00BF]");

    private final boolean slimsLayout;

    /** @param slimsLayout whether the records come from SLiMS's {@code oai.php}, whose identifiers are positional */
    DublinCoreReading(boolean slimsLayout) {
        this.slimsLayout = slimsLayout;
    }

    @Override
    public void read(XMLStreamReader xml, String identifier, int position, RecordSink sink) throws XMLStreamException {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (depth == 2) {
                    // Each Dublin Core element, empty ones too: SLiMS's identifiers count by their place.
                    fields.computeIfAbsent(xml.getLocalName(), name -> new ArrayList<>()).add(XmlPages.text(xml));
                } else {
                    depth++;
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
        String written = first(fields, "title");
        TitleParts title = TitleParts.of(slimsLayout ? undoDoubleEncoding(written) : written);
        if (title.title().isEmpty()) {
            sink.setAside(new RejectedRow(position,
                    List.of(FieldError.of("title", "catalogue.harvest.record.no.title")), List.of(identifier, "")));
            return;
        }
        sink.accept(record(fields, slimsLayout ? biblioId(identifier) : identifier, title));
    }

    /**
     * SLiMS passes the title (only the title) through PHP's {@code utf8_encode}, which reads the UTF-8 it already is
     * as Latin-1 and encodes it again: "Mishbâh" arrives as "MishbÃ¢h". Such text is turned back; text that does not
     * decode as UTF-8 that way was never encoded twice and is kept as it is.
     */
    static String undoDoubleEncoding(String text) {
        if (!DOUBLE_ENCODED.matcher(text).find() || text.chars().anyMatch(c -> c > 0xFF)) {
            return text;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(text.getBytes(StandardCharsets.ISO_8859_1))).toString();
        } catch (CharacterCodingException e) {
            return text;
        }
    }

    /**
     * SLiMS's OAI identifier is its prefix ("oai:slims/") and the biblio id: the id alone is kept, as the MODS pages
     * give it, so that a member's records keep their ids whichever way its catalogue was harvested.
     */
    static String biblioId(String identifier) {
        String id = identifier.replaceFirst("^.*[/:]", "");
        return id.isEmpty() ? identifier : id;
    }

    private CatalogueRecord record(Map<String, List<String>> fields, String identifier, TitleParts title) {
        Identifiers numbers = new Identifiers();
        String webAddress = "";
        String callNumber = "";
        List<String> identifiers = all(fields, "identifier");
        for (int i = 0; i < identifiers.size(); i++) {
            String value = identifiers.get(i);
            if (Identifiers.isWebAddress(value)) {
                webAddress = webAddress.isEmpty() ? value : webAddress;
            } else if (!numbers.read(value) && slimsLayout && i == 2) {
                callNumber = value;
            }
        }
        webAddress = recordPage(webAddress, all(fields, "relation"));
        List<String> subjects = new ArrayList<>();
        String classification = "";
        for (String subject : all(fields, "subject")) {
            if (CLASSIFICATION.matcher(subject).matches() && classification.isEmpty()) {
                classification = subject;
            } else if (!subject.isEmpty() && !subjects.contains(subject)) {
                subjects.add(subject);
            }
        }
        List<RecordFlag> flags = new ArrayList<>(numbers.flags);
        Integer year = null;
        for (String date : all(fields, "date")) {
            Integer read = Years.in(date);
            // DSpace lists the accession dates before the date issued: the earliest year is the publication's.
            if (read != null && (year == null || read < year)) {
                year = read;
            }
        }
        if (year == null && all(fields, "date").stream().anyMatch(date -> !date.isEmpty())) {
            flags.add(RecordFlag.UNREADABLE_YEAR);
        }
        List<String> types = nonEmpty(all(fields, "type"));
        List<String> forms = new ArrayList<>(all(fields, "format"));
        forms.addAll(all(fields, "medium"));
        // The type says what it is; SLiMS gives none, only its GMD and "serial" as formats.
        MaterialKind kind = types.isEmpty() ? MaterialKinds.of(forms, MaterialKind.BOOK)
                : MaterialKinds.of(types, MaterialKind.OTHER);
        List<String> itemCodes = all(fields, "hasPart").stream().filter(code -> !code.isEmpty()).distinct().toList();
        return new CatalogueRecord(identifier, title.title(), title.subtitle(), title.responsibility(),
                nonEmpty(all(fields, "creator")), first(fields, "hasVersion"), first(fields, "publisher"), "", year,
                numbers.isbns, numbers.issns, subjects, first(fields, "language"), callNumber, classification,
                first(fields, "isPartOf"), first(fields, "extent"), webAddress,
                kind, itemCodes, itemCodes.size(), flags, Optional.empty());
    }

    /**
     * The record's own page rather than its file: EPrints lists the PDF among the identifiers and the record's page
     * as the first relation; DSpace gives the handle as an identifier.
     */
    private static String recordPage(String identifierAddress, List<String> relations) {
        String relation = relations.stream().filter(Identifiers::isWebAddress).findFirst().orElse("");
        boolean isFile = identifierAddress.toLowerCase(java.util.Locale.ROOT).matches(".*\\.(pdf|docx?|zip)$");
        return identifierAddress.isEmpty() || (isFile && !relation.isEmpty()) ? relation : identifierAddress;
    }

    private static List<String> all(Map<String, List<String>> fields, String name) {
        return fields.getOrDefault(name, List.of());
    }

    private static String first(Map<String, List<String>> fields, String name) {
        return all(fields, name).stream().filter(value -> !value.isEmpty()).findFirst().orElse("");
    }

    private static List<String> nonEmpty(List<String> values) {
        return values.stream().filter(value -> !value.isEmpty()).distinct().toList();
    }
}
