package id.jalin.catalogue.search;

import id.jalin.catalogue.domain.CatalogueQuery;
import id.jalin.catalogue.domain.CatalogueSort;
import id.jalin.catalogue.domain.Isbn;
import id.jalin.catalogue.domain.Issn;
import id.jalin.catalogue.domain.MaterialKind;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * The search box and its filters as a Lucene query: every word must match a title, author, subject or publisher
 * (a title match weighs {@value #TITLE_BOOST} times more), the last word as a prefix unless a space follows it; a
 * written ISBN or ISSN also matches the work that carries it; the filters narrow without scoring.
 */
final class QueryTranslator {
    static final float TITLE_BOOST = 3f;
    /** Digits, X, hyphens and spaces, perhaps after "ISBN": the whole box is one identifier. */
    private static final Pattern IDENTIFIER_ONLY = Pattern.compile("(?i)\\s*(isbn|issn)?[:\\s]*[0-9Xx][0-9Xx\\- ]*");
    /** One whitespace-free chunk that may be an identifier. */
    private static final Pattern IDENTIFIER_CHUNK = Pattern.compile("[0-9][0-9\\-]*[0-9Xx]");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final Analyzer words;

    QueryTranslator(Analyzer words) {
        this.words = words;
    }

    Query query(CatalogueQuery asked) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        boolean anyText = text(asked.text(), query);
        if (!anyText) {
            query.add(new MatchAllDocsQuery(), Occur.MUST);
        }
        if (!asked.memberIds().isEmpty()) {
            query.add(new TermInSetQuery(WorkDocument.MEMBER,
                    asked.memberIds().stream().map(id -> new BytesRef(Long.toString(id))).toList()), Occur.FILTER);
        }
        if (asked.yearFrom() != null || asked.yearTo() != null) {
            query.add(IntPoint.newRangeQuery(WorkDocument.YEAR,
                    asked.yearFrom() == null ? Integer.MIN_VALUE : asked.yearFrom(),
                    asked.yearTo() == null ? Integer.MAX_VALUE : asked.yearTo()), Occur.FILTER);
        }
        if (!asked.kinds().isEmpty()) {
            query.add(new TermInSetQuery(WorkDocument.KIND,
                    asked.kinds().stream().map(MaterialKind::name).map(BytesRef::new).toList()), Occur.FILTER);
        }
        return query.build();
    }

    /** Works without a year come last in both year orders; equal keys in work id order, so pages are stable. */
    static Sort sort(CatalogueSort sort) {
        SortField byId = new SortField(WorkDocument.ID, SortField.Type.LONG);
        return switch (sort) {
            case RELEVANCE -> new Sort(SortField.FIELD_SCORE, byId);
            case NEWEST -> new Sort(year(true), byId);
            case OLDEST -> new Sort(year(false), byId);
            case TITLE -> new Sort(new SortField(WorkDocument.TITLE_SORT, SortField.Type.STRING), byId);
        };
    }

    private static SortField year(boolean newestFirst) {
        SortField year = new SortField(WorkDocument.YEAR, SortField.Type.INT, newestFirst);
        year.setMissingValue(newestFirst ? Integer.MIN_VALUE : Integer.MAX_VALUE);
        return year;
    }

    /** Adds a clause per word (or identifier) of the text; false when it has none. */
    private boolean text(String text, BooleanQuery.Builder query) {
        if (text.isBlank()) {
            return false;
        }
        if (IDENTIFIER_ONLY.matcher(text).matches()) {
            Optional<Isbn> isbn = Isbn.read(text);
            if (isbn.isPresent()) {
                query.add(new TermQuery(new Term(WorkDocument.ISBN, isbn.get().digits())), Occur.MUST);
                return true;
            }
        }
        boolean lastIsPrefix = !Character.isWhitespace(text.charAt(text.length() - 1));
        String[] chunks = SPACES.split(text.strip());
        boolean any = false;
        for (int i = 0; i < chunks.length; i++) {
            boolean last = i == chunks.length - 1;
            Query chunk = chunk(chunks[i], last && lastIsPrefix);
            if (chunk != null) {
                query.add(chunk, Occur.MUST);
                any = true;
            }
        }
        return any;
    }

    /** One whitespace-free piece of the text: its words, or the ISBN or ISSN it writes (then either matches). */
    private Query chunk(String chunk, boolean prefix) {
        Query words = chunkWords(chunk, prefix);
        Query identifier = IDENTIFIER_CHUNK.matcher(chunk).matches() ? identifier(chunk) : null;
        if (identifier == null) {
            return words;
        }
        if (words == null) {
            return identifier;
        }
        return new BooleanQuery.Builder().add(identifier, Occur.SHOULD).add(words, Occur.SHOULD).build();
    }

    private static Query identifier(String chunk) {
        Optional<Isbn> isbn = Isbn.read(chunk);
        if (isbn.isPresent()) {
            return new TermQuery(new Term(WorkDocument.ISBN, isbn.get().digits()));
        }
        return Issn.read(chunk).map(issn -> (Query) new TermQuery(new Term(WorkDocument.ISSN, issn.written())))
                .orElse(null);
    }

    private Query chunkWords(String chunk, boolean prefix) {
        List<String> tokens = CatalogueAnalyzers.tokens(words, chunk);
        if (tokens.isEmpty()) {
            return null;
        }
        if (tokens.size() == 1) {
            return word(tokens.get(0), prefix);
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (int i = 0; i < tokens.size(); i++) {
            all.add(word(tokens.get(i), prefix && i == tokens.size() - 1), Occur.MUST);
        }
        return all.build();
    }

    /**
     * One word in a title or in the other fields. A whole word is weighed by BM25; a prefix of up to
     * {@link CatalogueAnalyzers#MAX_GRAM} letters is one term of the prefix fields (one postings list however many
     * words it starts), a longer one is expanded over the words; a prefix match scores a constant (a title's more).
     */
    private static Query word(String token, boolean prefix) {
        Query inTitle;
        Query inOther;
        if (!prefix) {
            inTitle = new TermQuery(new Term(WorkDocument.TITLE, token));
            inOther = new TermQuery(new Term(WorkDocument.OTHER, token));
        } else if (token.length() <= CatalogueAnalyzers.MAX_GRAM) {
            // constant, as the expanded prefix below: a word's start says only "matches", and an equal score lets
            // the search stop once the best hits are certain instead of weighing half the catalogue for "p"
            inTitle = new ConstantScoreQuery(new TermQuery(new Term(WorkDocument.TITLE_PREFIX, token)));
            inOther = new ConstantScoreQuery(new TermQuery(new Term(WorkDocument.OTHER_PREFIX, token)));
        } else {
            inTitle = new PrefixQuery(new Term(WorkDocument.TITLE, token));
            inOther = new PrefixQuery(new Term(WorkDocument.OTHER, token));
        }
        return new BooleanQuery.Builder()
                .add(new BoostQuery(inTitle, TITLE_BOOST), Occur.SHOULD)
                .add(inOther, Occur.SHOULD)
                .build();
    }
}
