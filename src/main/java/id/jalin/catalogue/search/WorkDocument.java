package id.jalin.catalogue.search;

import id.jalin.catalogue.domain.Holding;
import id.jalin.catalogue.domain.IndexedWork;
import id.jalin.catalogue.domain.MaterialKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.DataInput;
import org.apache.lucene.store.DataOutput;
import org.apache.lucene.util.BytesRef;

/**
 * One work as one Lucene document: the fields searched, filtered and sorted on, and the whole work (with every
 * member's holding) stored as one compact value, so that a hit is shown without asking the database.
 */
final class WorkDocument {
    /** The work id as a term (to replace or delete the work) and as doc values (to list the works of a member). */
    static final String ID = "id";
    /** Every title and subtitle: the words whose matches weigh most. */
    static final String TITLE = "title";
    /** Authors, subjects and publishers. */
    static final String OTHER = "other";
    static final String TITLE_PREFIX = "title_prefix";
    static final String OTHER_PREFIX = "other_prefix";
    /** Valid ISBNs as 13 digits. */
    static final String ISBN = "isbn";
    /** Valid ISSNs as written, 1234-567X. */
    static final String ISSN = "issn";
    /** Each holding member's id, once. */
    static final String MEMBER = "member";
    static final String KIND = "kind";
    /** The year as a point (range filter) and as doc values (sort). */
    static final String YEAR = "year";
    static final String TITLE_SORT = "title_sort";
    /**
     * The whole work, encoded by {@link #encode}, as binary doc values rather than a stored field: a stored field is
     * read by unpacking the compressed block of many documents around it, which cost more than the search itself
     * for fifty scattered hits; doc values are read where they lie (decision 0025).
     */
    static final String STORED = "work";

    private static final int FORMAT = 1;

    private WorkDocument() {
    }

    static Term idTerm(long workId) {
        return new Term(ID, Long.toString(workId));
    }

    static Term memberTerm(long memberId) {
        return new Term(MEMBER, Long.toString(memberId));
    }

    static Document of(IndexedWork work) {
        Document doc = new Document();
        doc.add(new StringField(ID, Long.toString(work.workId()), Field.Store.NO));
        doc.add(new NumericDocValuesField(ID, work.workId()));
        for (String title : searchedTitles(work)) {
            doc.add(new TextField(TITLE, title, Field.Store.NO));
            doc.add(new TextField(TITLE_PREFIX, title, Field.Store.NO));
        }
        for (List<String> texts : List.of(work.authors(), work.subjects(), work.publishers())) {
            for (String text : texts) {
                doc.add(new TextField(OTHER, text, Field.Store.NO));
                doc.add(new TextField(OTHER_PREFIX, text, Field.Store.NO));
            }
        }
        for (String isbn : new LinkedHashSet<>(work.isbns())) {
            doc.add(new StringField(ISBN, isbn, Field.Store.NO));
        }
        for (String issn : new LinkedHashSet<>(work.issns())) {
            doc.add(new StringField(ISSN, issn, Field.Store.NO));
        }
        Set<Long> members = new LinkedHashSet<>();
        work.holdings().forEach(holding -> members.add(holding.memberId()));
        members.forEach(member -> doc.add(new StringField(MEMBER, Long.toString(member), Field.Store.NO)));
        if (work.kind() != null) {
            doc.add(new StringField(KIND, work.kind().name(), Field.Store.NO));
        }
        if (work.year() != null) {
            doc.add(new IntPoint(YEAR, work.year()));
            doc.add(new NumericDocValuesField(YEAR, work.year()));
        }
        doc.add(new SortedDocValuesField(TITLE_SORT, new BytesRef(TitleSortKey.of(work.title()))));
        doc.add(new BinaryDocValuesField(STORED, encode(work)));
        return doc;
    }

    /** The shown title is searched too, even when the feed left it out of the titles. */
    private static Set<String> searchedTitles(IndexedWork work) {
        Set<String> titles = new LinkedHashSet<>();
        if (work.title() != null && !work.title().isBlank()) {
            titles.add(work.title());
        }
        titles.addAll(work.titles());
        return titles;
    }

    static BytesRef encode(IndexedWork work) {
        try {
            ByteBuffersDataOutput out = new ByteBuffersDataOutput();
            out.writeVInt(FORMAT);
            out.writeVLong(work.workId());
            text(out, work.title());
            text(out, work.author());
            out.writeVInt(work.year() == null ? 0 : 1);
            if (work.year() != null) {
                out.writeZInt(work.year());
            }
            out.writeVInt(work.kind() == null ? 0 : work.kind().ordinal() + 1);
            text(out, work.edition());
            for (List<String> texts : List.of(work.titles(), work.authors(), work.subjects(), work.publishers(),
                    work.isbns(), work.issns())) {
                out.writeVInt(texts.size());
                for (String text : texts) {
                    text(out, text);
                }
            }
            out.writeVInt(work.holdings().size());
            for (Holding holding : work.holdings()) {
                out.writeVLong(holding.memberId());
                out.writeVLong(holding.recordId());
                out.writeString(holding.sourceId());
                out.writeVInt(holding.copies());
                out.writeString(holding.callNumber());
            }
            return new BytesRef(out.toArrayCopy());
        } catch (IOException e) {
            throw new UncheckedIOException("Writing to memory", e);
        }
    }

    static IndexedWork decode(BytesRef bytes) {
        try {
            DataInput in = new ByteArrayDataInput(bytes.bytes, bytes.offset, bytes.length);
            int format = in.readVInt();
            if (format != FORMAT) {
                throw new IOException("Stored work format " + format);
            }
            long workId = in.readVLong();
            String title = in.readString();
            String author = in.readString();
            Integer year = in.readVInt() == 0 ? null : in.readZInt();
            int kind = in.readVInt();
            String edition = in.readString();
            List<List<String>> lists = new ArrayList<>(6);
            for (int list = 0; list < 6; list++) {
                int size = in.readVInt();
                List<String> texts = new ArrayList<>(size);
                for (int i = 0; i < size; i++) {
                    texts.add(in.readString());
                }
                lists.add(texts);
            }
            int size = in.readVInt();
            List<Holding> holdings = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                holdings.add(new Holding(in.readVLong(), in.readVLong(), in.readString(), in.readVInt(), in.readString()));
            }
            return new IndexedWork(workId, title, author, year, kind == 0 ? null : MaterialKind.values()[kind - 1],
                    edition, lists.get(0), lists.get(1), lists.get(2), lists.get(3), lists.get(4), lists.get(5),
                    holdings);
        } catch (IOException e) {
            throw new UncheckedIOException("Reading a stored work", e);
        }
    }

    private static void text(DataOutput out, String text) throws IOException {
        out.writeString(text == null ? "" : text);
    }
}
