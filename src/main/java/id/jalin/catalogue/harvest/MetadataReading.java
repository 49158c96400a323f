package id.jalin.catalogue.harvest;

import id.jalin.catalogue.domain.RecordSink;
import id.jalin.kernel.importing.RejectedRow;
import id.jalin.kernel.validation.FieldError;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** Reads the metadata of one OAI-PMH record in one format and hands the record to the sink (or sets it aside). */
interface MetadataReading {
    /**
     * @param xml on the start tag of the record's {@code <metadata>}; left on its end tag
     * @param identifier the record's OAI identifier, its source id
     * @param position the record's place in the harvest, counted from 1
     */
    void read(XMLStreamReader xml, String identifier, int position, RecordSink sink) throws XMLStreamException;

    /** A record that came without metadata, though not marked deleted: set aside, so the run's report shows it. */
    default void missing(String identifier, int position, RecordSink sink) {
        sink.setAside(new RejectedRow(position,
                List.of(FieldError.of("metadata", "catalogue.harvest.record.no.metadata")), List.of(identifier, "")));
    }
}
