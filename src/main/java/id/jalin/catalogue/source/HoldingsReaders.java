package id.jalin.catalogue.source;

import id.jalin.catalogue.domain.HoldingsSource;
import java.util.Objects;

/** The reader for each file format a member's holdings come in. */
public final class HoldingsReaders {
    private HoldingsReaders() {
    }

    /**
     * @param layout the separator and enclosure of a SLiMS CSV; ignored by the other formats
     * @throws IllegalArgumentException for a harvest source (OAI-PMH, SLiMS MODS), which is not read from a file
     */
    public static HoldingsReader forSource(HoldingsSource source, CsvLayout layout) {
        Objects.requireNonNull(layout, "layout");
        return switch (source) {
            case MARC21 -> new Marc21Reader();
            case MARCXML -> new MarcXmlHoldingsReader();
            case SLIMS_CSV -> new SlimsCsvReader(layout);
            case JALIN_CSV -> new JalinCsvReader();
            case OAI_PMH, SLIMS_MODS, PLACED ->
                    throw new IllegalArgumentException(source + " is harvested or placed, not read from a file");
        };
    }

    /** The reader for a format that has no layout to choose, or a SLiMS CSV in SLiMS's default layout. */
    public static HoldingsReader forSource(HoldingsSource source) {
        return forSource(source, CsvLayout.DEFAULT);
    }
}
