package id.jalin.catalogue.harvest;

import id.jalin.catalogue.domain.CatalogueRecord;
import id.jalin.catalogue.domain.HoldingsSource;
import id.jalin.catalogue.domain.RecordSink;
import id.jalin.kernel.importing.RejectedRow;
import id.jalin.kernel.task.Progress;
import id.jalin.kernel.validation.FieldError;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Harvests a SLiMS catalogue through the pages its own copy cataloguing (P2P) reads: the OPAC's search for
 * everything as MODS ({@code index.php?resultXML=true&search=Search&keywords=&page=N}, whose
 * {@code slims:resultInfo} gives the number of records and how many a page shows, each {@code <mods ID="...">} a
 * record), then each record's own MODS ({@code index.php?p=show_detail&inXML=true&id=N}) with its copies. Progress
 * counts records; Cancel is checked before every request.
 */
public final class SlimsModsHarvester implements Harvester {
    private final PageFetcher fetcher;

    SlimsModsHarvester(PageFetcher fetcher) {
        this.fetcher = fetcher;
    }

    /** With the given patience, for a caller that wants the MODS pages whether or not OAI-PMH is on. */
    public static SlimsModsHarvester over(HarvestSettings settings) {
        return new SlimsModsHarvester(PageFetcher.over(settings));
    }

    @Override
    public HarvestSummary harvest(HarvestRequest request, RecordSink sink, Progress progress)
            throws HarvestFailedException {
        return harvest(SlimsAddress.site(request.address()), sink, progress);
    }

    HarvestSummary harvest(URI site, RecordSink sink, Progress progress) throws HarvestFailedException {
        Run run = new Run(site, sink, progress);
        for (int page = 1; ; page++) {
            SearchPage listed = run.searchPage(page);
            int fresh = 0;
            for (Listed entry : listed.entries()) {
                fresh += run.record(entry) ? 1 : 0;
            }
            if (fresh == 0 && !listed.entries().isEmpty()) {
                // The same records again: the server ignores "page", and would list them forever.
                throw HarvestFailedException.because("catalogue.harvest.page.repeated", String.valueOf(page));
            }
            boolean more = listed.showed() > 0 ? (long) page * listed.showed() < listed.total()
                    : !listed.entries().isEmpty();
            // A page past the end lists nothing: stop there even if the count said more (records deleted meanwhile).
            if (!more || listed.entries().isEmpty()) {
                return new HarvestSummary(HoldingsSource.SLIMS_MODS, run.requests, run.position, List.of(), false);
            }
        }
    }

    /** A record as the search page lists it: its biblio id and its title. */
    private record Listed(String id, String title) {
    }

    private record SearchPage(long total, int showed, List<Listed> entries) {
    }

    private final class Run {
        private final URI site;
        private final RecordSink sink;
        private final Progress progress;
        private final Set<String> seen = new HashSet<>();
        private int requests;
        private int position;
        private long total;

        Run(URI site, RecordSink sink, Progress progress) {
            this.site = site;
            this.sink = sink;
            this.progress = progress;
        }

        private XMLStreamReader fetch(URI uri) throws HarvestFailedException, XMLStreamException {
            progress.checkCancelled();
            byte[] body = fetcher.get(uri, ++requests);
            return XmlPages.expectRoot(XmlPages.open(body), "modsCollection", "MODS", uri);
        }

        SearchPage searchPage(int page) throws HarvestFailedException {
            URI uri = SlimsAddress.searchPage(site, page);
            long count = -1;
            int showed = 0;
            List<Listed> entries = new ArrayList<>();
            try {
                XMLStreamReader xml = fetch(uri);
                while (xml.hasNext()) {
                    if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                        continue;
                    }
                    // SLiMS 7 and later nest these in slims:resultInfo; SLiMS 3 to 5 put them under the root.
                    switch (xml.getLocalName()) {
                        case "modsResultNum" -> count = number(XmlPages.text(xml));
                        case "modsResultShowed" -> showed = (int) Math.max(0, number(XmlPages.text(xml)));
                        case "mods" -> entries.add(listed(xml));
                        default -> {
                        }
                    }
                }
            } catch (XMLStreamException e) {
                throw XmlPages.malformed(e, uri);
            }
            if (count >= 0) {
                total = count;
            }
            return new SearchPage(Math.max(count, 0), showed, entries);
        }

        private Listed listed(XMLStreamReader xml) throws XMLStreamException {
            String id = xml.getAttributeValue(null, "ID");
            if (id == null) {
                id = xml.getAttributeValue(null, "id");
            }
            String title = "";
            String subtitle = "";
            int depth = 1;
            while (depth > 0) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    if (depth == 2 && "title".equals(xml.getLocalName()) && title.isEmpty()) {
                        title = XmlPages.text(xml);
                    } else if (depth == 2 && "subTitle".equals(xml.getLocalName())) {
                        subtitle = XmlPages.text(xml);
                    } else {
                        depth++;
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                }
            }
            String written = subtitle.isEmpty() ? title : TitleParts.trimPunctuation(title) + " : " + subtitle;
            return new Listed(id == null ? "" : id.strip(), written);
        }

        /** Reads the listed record's own page into the sink; false when it was listed before. */
        boolean record(Listed entry) throws HarvestFailedException {
            if (!entry.id().isEmpty() && !seen.add(entry.id())) {
                return false;
            }
            position++;
            if (entry.id().isEmpty()) {
                setAside("id", "catalogue.harvest.record.no.id", entry);
                return true;
            }
            URI uri = SlimsAddress.detail(site, entry.id());
            Optional<CatalogueRecord> record = Optional.empty();
            try {
                XMLStreamReader xml = fetch(uri);
                while (xml.hasNext()) {
                    if (xml.next() == XMLStreamConstants.START_ELEMENT && "mods".equals(xml.getLocalName())) {
                        record = ModsRecordReading.read(xml, entry.id(), entry.title());
                        break;
                    }
                }
            } catch (XMLStreamException e) {
                throw XmlPages.malformed(e, uri);
            }
            if (record.isPresent()) {
                sink.accept(record.get());
            } else {
                setAside("title", "catalogue.harvest.record.no.title", entry);
            }
            progress.update(position, Math.max(total, position));
            return true;
        }

        private void setAside(String field, String key, Listed entry) {
            String start = entry.title().length() > 60 ? entry.title().substring(0, 60) : entry.title();
            sink.setAside(new RejectedRow(position, List.of(FieldError.of(field, key)), List.of(entry.id(), start)));
        }
    }

    private static long number(String text) {
        String digits = text.strip();
        return digits.matches("[0-9]{1,12}") ? Long.parseLong(digits) : -1;
    }
}
