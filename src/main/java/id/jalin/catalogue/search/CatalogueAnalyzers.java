package id.jalin.catalogue.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * How the catalogue's text is cut into words: Unicode word boundaries, lower case, diacritics folded ("Pendidikan"
 * and "pendídikan", "Müller" and "muller" meet). No stemming and no stop words: titles are Indonesian and English
 * mixed, an Indonesian stemmer would turn "perpustakaan" into "pustaka" and break typing "perpus" as a prefix, and
 * BM25 already weighs common words such as "dan" or "the" low (decision 0025).
 */
final class CatalogueAnalyzers {
    /** The longest prefix held as its own term; a longer last word is looked up as a prefix of the words field. */
    static final int MAX_GRAM = 4;

    private CatalogueAnalyzers() {
    }

    /** The analyzer for every text field: words for the word fields, edge grams of 1 to 4 letters for the prefix fields. */
    static Analyzer forIndex() {
        Analyzer words = words();
        Analyzer grams = grams();
        return new PerFieldAnalyzerWrapper(words, Map.of(WorkDocument.TITLE_PREFIX, grams, WorkDocument.OTHER_PREFIX, grams));
    }

    static Analyzer words() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer tokenizer = new StandardTokenizer();
                TokenStream stream = new ASCIIFoldingFilter(new LowerCaseFilter(tokenizer));
                return new TokenStreamComponents(tokenizer, stream);
            }
        };
    }

    private static Analyzer grams() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer tokenizer = new StandardTokenizer();
                TokenStream stream = new ASCIIFoldingFilter(new LowerCaseFilter(tokenizer));
                return new TokenStreamComponents(tokenizer, new EdgeNGramTokenFilter(stream, 1, MAX_GRAM, false));
            }
        };
    }

    /** The words of {@code text} as the word fields hold them. */
    static List<String> tokens(Analyzer words, String text) {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = words.tokenStream(WorkDocument.TITLE, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("Reading text from a string", e);
        }
        return tokens;
    }
}
