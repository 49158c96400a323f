package id.jalin.catalogue.harvest;

import id.jalin.catalogue.domain.HoldingsSource;
import id.jalin.catalogue.domain.RecordSink;
import id.jalin.kernel.task.Progress;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Harvests an OAI-PMH 2.0 server with {@code ListRecords}: the first page with the metadata prefix (and
 * {@code from} where asked and allowed), every later page with the resumption token alone, until a page ends
 * without one. Deleted records are skipped and counted; {@code noRecordsMatch} is an empty harvest; any other OAI
 * error, an HTTP error, a page that is not XML, a token the server already gave, or endless paging stops the
 * harvest with a {@link HarvestFailedException}.
 */
public final class OaiPmhHarvester implements Harvester {
    private static final String OAI_ROOT = "OAI-PMH";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter SECOND =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

    private final PageFetcher fetcher;
    private final List<OaiFormat> formats;
    private final boolean asksFormats;
    private final boolean honoursFrom;

    /**
     * @param formats the formats Jalin reads from this kind of server, preferred first
     * @param asksFormats whether to ask the server which formats it offers ({@code ListMetadataFormats}) and take
     *        the first of {@code formats} it has; otherwise the first is asked for as it is
     * @param honoursFrom whether the server keeps datestamps that {@code from} can select on
     */
    OaiPmhHarvester(PageFetcher fetcher, List<OaiFormat> formats, boolean asksFormats, boolean honoursFrom) {
        this.fetcher = fetcher;
        this.formats = List.copyOf(formats);
        this.asksFormats = asksFormats;
        this.honoursFrom = honoursFrom;
    }

    @Override
    public boolean harvestsChanges() {
        return honoursFrom;
    }

    @Override
    public HarvestSummary harvest(HarvestRequest request, RecordSink sink, Progress progress)
            throws HarvestFailedException {
        return harvest(CatalogueAddress.checked(request.address()), request.from(), sink, progress);
    }

    /** Harvests the OAI-PMH base URL {@code base} (SLiMS's {@code oai.php} is found from its OPAC's address). */
    HarvestSummary harvest(URI base, Optional<Instant> from, RecordSink sink, Progress progress)
            throws HarvestFailedException {
        Run run = new Run(base, sink, progress);
        OaiFormat format = asksFormats ? run.chooseFormat() : formats.get(0);
        String fromArgument = honoursFrom && from.isPresent() ? run.fromArgument(from.get()) : null;
        URI page = OaiQuery.listRecords(base, format.prefix(), fromArgument);
        Set<String> tokensSeen = new HashSet<>();
        while (true) {
            Optional<String> token = run.listRecords(page, format);
            if (token.isEmpty()) {
                return new HarvestSummary(HoldingsSource.OAI_PMH, run.requests, run.position, run.deleted,
                        fromArgument != null);
            }
            if (!tokensSeen.add(token.get())) {
                throw HarvestFailedException.because("catalogue.harvest.token.loop", token.get());
            }
            page = OaiQuery.resume(base, token.get());
        }
    }

    /** One harvest's state: where it is, what it counted. */
    private final class Run {
        private final URI base;
        private final RecordSink sink;
        private final Progress progress;
        private int requests;
        private int position;
        private long completeListSize = -1;
        private final List<String> deleted = new ArrayList<>();

        Run(URI base, RecordSink sink, Progress progress) {
            this.base = base;
            this.sink = sink;
            this.progress = progress;
        }

        private XMLStreamReader ask(URI uri, byte[] body) throws XMLStreamException, HarvestFailedException {
            return XmlPages.expectRoot(XmlPages.open(body), OAI_ROOT, "OAI-PMH", uri);
        }

        private byte[] fetch(URI uri) throws HarvestFailedException {
            progress.checkCancelled();
            return fetcher.get(uri, ++requests);
        }

        /** The first format of ours that the server offers, under the server's own prefix for it. */
        OaiFormat chooseFormat() throws HarvestFailedException {
            Map<String, String> offered = new LinkedHashMap<>();
            eachElement(OaiQuery.listMetadataFormats(base), xml -> {
                if ("metadataFormat".equals(xml.getLocalName())) {
                    readFormat(xml, offered);
                }
            });
            for (OaiFormat format : formats) {
                for (var offer : offered.entrySet()) {
                    // Koha writes the namespace followed by its schema's address in the same element.
                    List<String> namespaces = List.of(offer.getValue().strip().split("\\s+"));
                    if (namespaces.contains(format.namespace()) || format.prefix().equals(offer.getKey())) {
                        return format.named(offer.getKey());
                    }
                }
            }
            throw HarvestFailedException.because("catalogue.harvest.no.format", String.join(", ", offered.keySet()));
        }

        /** What a one-page answer (Identify, ListMetadataFormats) is read with, element by element. */
        @FunctionalInterface
        private interface ElementReader {
            void read(XMLStreamReader xml) throws XMLStreamException;
        }

        /** Asks once and hands every element of the answer to {@code reader}; an OAI error in it is thrown. */
        private void eachElement(URI uri, ElementReader reader) throws HarvestFailedException {
            byte[] body = fetch(uri);
            try {
                XMLStreamReader xml = ask(uri, body);
                while (xml.hasNext()) {
                    if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                        continue;
                    }
                    if ("error".equals(xml.getLocalName())) {
                        throw oaiError(xml);
                    }
                    reader.read(xml);
                }
            } catch (XMLStreamException e) {
                throw XmlPages.malformed(e, uri);
            }
        }

        private void readFormat(XMLStreamReader xml, Map<String, String> offered) throws XMLStreamException {
            String prefix = "";
            String namespace = "";
            while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
                switch (xml.getLocalName()) {
                    case "metadataPrefix" -> prefix = XmlPages.text(xml);
                    case "metadataNamespace" -> namespace = XmlPages.text(xml);
                    default -> XmlPages.skip(xml);
                }
            }
            if (!prefix.isEmpty()) {
                offered.put(prefix, namespace);
            }
        }

        /**
         * {@code from} as fine as the server's granularity allows. Every server takes days; one that says so takes
         * seconds. By day, the day of the last harvest is asked again: a record seen twice replaces itself.
         */
        String fromArgument(Instant from) throws HarvestFailedException {
            String[] found = {""};
            eachElement(OaiQuery.identify(base), xml -> {
                if ("granularity".equals(xml.getLocalName())) {
                    found[0] = XmlPages.text(xml);
                }
            });
            String granularity = found[0];
            return (granularity.contains("hh") ? SECOND : DAY).format(from);
        }

        /** Reads one page of ListRecords into the sink; the resumption token when there are more pages. */
        Optional<String> listRecords(URI uri, OaiFormat format) throws HarvestFailedException {
            byte[] body = fetch(uri);
            String token = "";
            try {
                XMLStreamReader xml = ask(uri, body);
                while (xml.hasNext()) {
                    if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                        continue;
                    }
                    switch (xml.getLocalName()) {
                        case "error" -> {
                            HarvestFailedException error = oaiError(xml);
                            if ("noRecordsMatch".equals(error.args().get(0))) {
                                return Optional.empty();
                            }
                            throw error;
                        }
                        case "record" -> record(xml, format);
                        case "resumptionToken" -> {
                            String size = xml.getAttributeValue(null, "completeListSize");
                            if (size != null && size.strip().matches("[0-9]{1,12}")) {
                                completeListSize = Long.parseLong(size.strip());
                            }
                            token = XmlPages.text(xml);
                        }
                        default -> {
                        }
                    }
                }
            } catch (XMLStreamException e) {
                throw XmlPages.malformed(e, uri);
            }
            if (completeListSize > 0) {
                progress.update(Math.min(position, completeListSize), completeListSize);
            } else {
                progress.update(requests, requests + 1L);
            }
            return token.isEmpty() ? Optional.empty() : Optional.of(token);
        }

        /** One {@code <record>}: its header, then its metadata unless the header says it was deleted. */
        private void record(XMLStreamReader xml, OaiFormat format) throws XMLStreamException {
            position++;
            String identifier = "";
            boolean isDeleted = false;
            boolean read = false;
            while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
                switch (xml.getLocalName()) {
                    case "header" -> {
                        isDeleted = "deleted".equals(xml.getAttributeValue(null, "status"));
                        identifier = headerIdentifier(xml);
                    }
                    case "metadata" -> {
                        if (isDeleted) {
                            XmlPages.skip(xml);
                        } else {
                            format.reading().read(xml, identifier, position, sink);
                            read = true;
                        }
                    }
                    default -> XmlPages.skip(xml);
                }
            }
            if (isDeleted) {
                deleted.add(identifier);
                sink.deleted(identifier);
            } else if (!read) {
                // SLiMS answers a format it does not have with records whose metadata is missing.
                format.reading().missing(identifier, position, sink);
            }
        }

        private String headerIdentifier(XMLStreamReader xml) throws XMLStreamException {
            String identifier = "";
            while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
                if ("identifier".equals(xml.getLocalName())) {
                    identifier = XmlPages.text(xml);
                } else {
                    XmlPages.skip(xml);
                }
            }
            return identifier;
        }
    }

    private static HarvestFailedException oaiError(XMLStreamReader xml) throws XMLStreamException {
        String code = xml.getAttributeValue(null, "code");
        String text = XmlPages.text(xml);
        return HarvestFailedException.because("catalogue.harvest.oai.error", code == null ? "" : code.strip(), text);
    }
}
