package id.jalin.catalogue.search;

import id.jalin.catalogue.domain.CatalogueQuery;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;

/**
 * For the benchmark's raw baseline: the Lucene query the index runs for a search, to run it straight on an
 * IndexSearcher, and the plain-PrefixQuery alternative to the edge grams that decision 0025 measured.
 */
public final class RawCatalogueQueries {
    private static final QueryTranslator TRANSLATOR = new QueryTranslator(CatalogueAnalyzers.words());

    private RawCatalogueQueries() {
    }

    public static Query luceneQuery(CatalogueQuery query) {
        return TRANSLATOR.query(query);
    }

    /** A lone prefix looked up by expanding it over the words fields instead of as one edge-gram term. */
    public static Query prefixOverWords(String prefix, List<Long> memberIds) {
        BooleanQuery.Builder query = new BooleanQuery.Builder()
                .add(new BooleanQuery.Builder()
                        .add(new PrefixQuery(new Term(WorkDocument.TITLE, prefix)), Occur.SHOULD)
                        .add(new PrefixQuery(new Term(WorkDocument.OTHER, prefix)), Occur.SHOULD).build(), Occur.MUST);
        if (!memberIds.isEmpty()) {
            query.add(new TermInSetQuery(WorkDocument.MEMBER,
                    memberIds.stream().map(id -> new BytesRef(Long.toString(id))).toList()), Occur.FILTER);
        }
        return query.build();
    }
}
