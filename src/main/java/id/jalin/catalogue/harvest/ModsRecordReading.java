package id.jalin.catalogue.harvest;

import id.jalin.catalogue.domain.CatalogueRecord;
import id.jalin.catalogue.domain.MaterialKind;
import id.jalin.catalogue.domain.RecordFlag;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * One record of SLiMS's MODS detail page ({@code lib/detail.inc.php}, {@code MODSoutput}) read into the catalogue's
 * record: title and subtitle, names (the primary author first), place, publisher, year, language, GMD and
 * collation, series, notes and statement of responsibility, subjects, classification, ISBN/ISSN, the call number
 * ({@code location/shelfLocator}) and the copies ({@code holdingSimple/copyInformation}: item code as
 * {@code numerationAndChronology}, the copy's own call number as its {@code shelfLocator}).
 *
 * <p>SLiMS's MODS has quirks this reads past: a main title keeps the ":" that ended it; a title with "/" but no ":"
 * comes out empty (the search page's title is then used); the series' {@code title} sits beside an empty
 * {@code titleInfo}; a subject's child is named after the subject type in the OPAC's language.
 */
final class ModsRecordReading {
    private String title = "";
    private String subtitle = "";
    private String responsibility = "";
    private final List<String> authors = new ArrayList<>();
    private final List<String> primaryAuthors = new ArrayList<>();
    private String place = "";
    private String publisher = "";
    private Integer year;
    private boolean yearWritten;
    private String edition = "";
    private String languageText = "";
    private String languageCode = "";
    private String form = "";
    private String extent = "";
    private String series = "";
    private String notes = "";
    private final List<String> subjects = new ArrayList<>();
    private String classification = "";
    private final Identifiers numbers = new Identifiers();
    private String callNumber = "";
    private final List<String> itemCodes = new ArrayList<>();
    private final List<String> copyCallNumbers = new ArrayList<>();
    private final List<String> sites = new ArrayList<>();
    private String recordIdentifier = "";

    private ModsRecordReading() {
    }

    /**
     * Reads the {@code <mods>} element the reader is on, up to its end tag.
     *
     * @param listedTitle the title the search page gave, for when the detail's is empty
     * @return the record, or empty when it has no title at all
     */
    static Optional<CatalogueRecord> read(XMLStreamReader xml, String biblioId, String listedTitle)
            throws XMLStreamException {
        ModsRecordReading reading = new ModsRecordReading();
        while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
            reading.topLevel(xml);
        }
        return reading.record(biblioId, listedTitle);
    }

    private void topLevel(XMLStreamReader xml) throws XMLStreamException {
        switch (xml.getLocalName()) {
            case "titleInfo" -> titleInfo(xml);
            case "name" -> name(xml);
            case "originInfo" -> originInfo(xml);
            case "language" -> language(xml);
            case "physicalDescription" -> physicalDescription(xml);
            case "relatedItem" -> {
                boolean isSeries = "series".equals(xml.getAttributeValue(null, "type"));
                String text = XmlPages.text(xml);
                if (isSeries && series.isEmpty()) {
                    series = text;
                }
            }
            case "note" -> {
                String type = xml.getAttributeValue(null, "type");
                String text = XmlPages.text(xml);
                if (type != null && type.toLowerCase(Locale.ROOT).contains("responsibility")) {
                    responsibility = text;
                } else if (notes.isEmpty()) {
                    notes = text;
                }
            }
            case "subject" -> {
                String subject = XmlPages.text(xml);
                if (!subject.isEmpty() && !subjects.contains(subject)) {
                    subjects.add(subject);
                }
            }
            case "classification" -> classification = XmlPages.text(xml);
            case "identifier" -> numbers.read(XmlPages.text(xml));
            case "location" -> location(xml);
            case "recordInfo" -> recordInfo(xml);
            default -> XmlPages.skip(xml);
        }
    }

    private void titleInfo(XMLStreamReader xml) throws XMLStreamException {
        while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
            switch (xml.getLocalName()) {
                case "title" -> title = XmlPages.text(xml);
                case "subTitle" -> subtitle = XmlPages.text(xml);
                default -> XmlPages.skip(xml);
            }
        }
    }

    private void name(XMLStreamReader xml) throws XMLStreamException {
        String namePart = "";
        String role = "";
        while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
            switch (xml.getLocalName()) {
                case "namePart" -> namePart = XmlPages.text(xml);
                case "role" -> role = XmlPages.text(xml);
                default -> XmlPages.skip(xml);
            }
        }
        if (namePart.isEmpty() || authors.contains(namePart)) {
            return;
        }
        authors.add(namePart);
        String lower = role.toLowerCase(Locale.ROOT);
        if (lower.contains("primary") || lower.contains("utama")) {
            primaryAuthors.add(namePart);
        }
    }

    private void originInfo(XMLStreamReader xml) throws XMLStreamException {
        while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
            switch (xml.getLocalName()) {
                case "place" -> place = XmlPages.text(xml);
                case "publisher" -> publisher = XmlPages.text(xml);
                case "dateIssued" -> {
                    String date = XmlPages.text(xml);
                    yearWritten |= !date.isEmpty();
                    year = year == null ? Years.in(date) : year;
                }
                case "edition" -> edition = XmlPages.text(xml);
                default -> XmlPages.skip(xml);
            }
        }
    }

    private void language(XMLStreamReader xml) throws XMLStreamException {
        while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
            boolean code = "code".equals(xml.getAttributeValue(null, "type"));
            String text = XmlPages.text(xml);
            if (code) {
                languageCode = text;
            } else {
                languageText = text;
            }
        }
    }

    private void physicalDescription(XMLStreamReader xml) throws XMLStreamException {
        while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
            switch (xml.getLocalName()) {
                case "form" -> form = XmlPages.text(xml);
                case "extent" -> extent = XmlPages.text(xml);
                default -> XmlPages.skip(xml);
            }
        }
    }

    private void location(XMLStreamReader xml) throws XMLStreamException {
        while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
            switch (xml.getLocalName()) {
                case "shelfLocator" -> callNumber = XmlPages.text(xml);
                case "holdingSimple" -> holdingSimple(xml);
                default -> XmlPages.skip(xml);
            }
        }
    }

    private void holdingSimple(XMLStreamReader xml) throws XMLStreamException {
        while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
            if (!"copyInformation".equals(xml.getLocalName())) {
                XmlPages.skip(xml);
                continue;
            }
            while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
                switch (xml.getLocalName()) {
                    case "numerationAndChronology" -> {
                        String code = XmlPages.text(xml);
                        if (!code.isEmpty() && !itemCodes.contains(code)) {
                            itemCodes.add(code);
                        }
                    }
                    case "shelfLocator" -> copyCallNumbers.add(XmlPages.text(xml));
                    case "sublocation" -> sites.add(XmlPages.text(xml));
                    default -> XmlPages.skip(xml);
                }
            }
        }
    }

    private void recordInfo(XMLStreamReader xml) throws XMLStreamException {
        while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
            if ("recordIdentifier".equals(xml.getLocalName())) {
                recordIdentifier = XmlPages.text(xml);
            } else {
                XmlPages.skip(xml);
            }
        }
    }

    private Optional<CatalogueRecord> record(String biblioId, String listedTitle) {
        TitleParts parts = new TitleParts(TitleParts.trimPunctuation(title), TitleParts.trimPunctuation(subtitle), "");
        if (parts.title().isEmpty()) {
            parts = TitleParts.of(listedTitle);
        }
        if (parts.title().isEmpty()) {
            return Optional.empty();
        }
        List<String> ordered = new ArrayList<>(primaryAuthors);
        authors.stream().filter(author -> !ordered.contains(author)).forEach(ordered::add);
        List<RecordFlag> flags = new ArrayList<>(numbers.flags);
        if (year == null && yearWritten) {
            flags.add(RecordFlag.UNREADABLE_YEAR);
        }
        String shelved = callNumber.isEmpty()
                ? copyCallNumbers.stream().filter(number -> !number.isEmpty()).findFirst().orElse("") : callNumber;
        String id = biblioId.isEmpty() ? recordIdentifier : biblioId;
        return Optional.of(new CatalogueRecord(id, parts.title(), parts.subtitle(),
                responsibility.isEmpty() ? parts.responsibility() : responsibility, ordered, edition, publisher,
                place, year, numbers.isbns, numbers.issns, subjects,
                languageText.isEmpty() ? languageCode : languageText, shelved, classification, series, extent, notes,
                MaterialKinds.of(List.of(form), MaterialKind.BOOK), itemCodes, itemCodes.size(), flags,
                Optional.empty(), sites));
    }
}
