package id.jalin.catalogue.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The title key: title and subtitle (245 $a$b) folded ({@link Folding}), with what cataloguers file past dropped.
 *
 * <ul>
 * <li>English leading articles (the, a, an) are dropped. Indonesian has no articles in the MARC 21 list of initial
 * articles (Appendix F of the bibliographic format lists none for Indonesian or Malay), and cataloguers file
 * Indonesian titles from the first word: "Si Kabayan", "Sang Pemimpi" and "Para Priyayi" begin with a personal
 * article or a plural marker that is part of the title, so they are kept.</li>
 * <li>"&amp;", "dan" and "and" joining two words are dropped, so "Hukum &amp; Masyarakat" and "Hukum dan
 * Masyarakat" meet; a title that is only such a word keeps it.</li>
 * <li>A volume's number after "jilid", "jld", "vol", "volume", "buku", "bagian", "part" or "seri" is written in
 * digits ("Jilid II" = "Jilid 2" = "Jilid kedua"), so volumes compare by number: the similar-title step refuses two
 * titles whose numbers differ.</li>
 * </ul>
 */
public final class TitleKey {
    private static final Set<String> ARTICLES = Set.of("the", "a", "an");
    private static final Set<String> CONJUNCTIONS = Set.of("dan", "and");
    private static final Set<String> VOLUME_WORDS = Set.of("jilid", "jld", "vol", "volume", "buku", "bagian", "bag",
            "part", "seri", "tome", "book");

    private TitleKey() {
    }

    /** The key of a title and its subtitle (either may be empty); empty when both are. */
    public static String of(String title, String subtitle) {
        String folded = Folding.fold(title + " " + subtitle);
        if (folded.isEmpty()) {
            return "";
        }
        List<String> words = new ArrayList<>(Arrays.asList(folded.split(" ")));
        if (words.size() > 1 && ARTICLES.contains(words.get(0))) {
            words.remove(0);
        }
        List<String> kept = new ArrayList<>(words.size());
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            boolean joining = i > 0 && i < words.size() - 1 && CONJUNCTIONS.contains(word);
            if (joining) {
                continue;
            }
            if (i > 0 && VOLUME_WORDS.contains(words.get(i - 1))) {
                word = Numerals.read(word).map(String::valueOf).orElse(word);
            }
            kept.add(word);
        }
        return String.join(" ", kept);
    }
}
