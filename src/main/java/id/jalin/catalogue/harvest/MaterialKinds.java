package id.jalin.catalogue.harvest;

import id.jalin.catalogue.domain.MaterialKind;
import java.util.List;
import java.util.Locale;

/**
 * The kind of material from the words a server uses for it (Dublin Core type and format, a MODS genre or SLiMS's
 * GMD), in Indonesian or English. Theses come first, since a repository calls a thesis both "Thesis" and "Text".
 */
final class MaterialKinds {
    private MaterialKinds() {
    }

    static MaterialKind of(List<String> words, MaterialKind otherwise) {
        List<String> written = words.stream().filter(word -> !word.isBlank()).toList();
        if (written.isEmpty()) {
            return otherwise;
        }
        String all = String.join(" | ", written).toLowerCase(Locale.ROOT);
        if (containsAny(all, "thesis", "theses", "skripsi", "tesis", "disertasi", "dissertation", "tugas akhir")) {
            return MaterialKind.THESIS;
        }
        if (containsAny(all, "report", "laporan")) {
            return MaterialKind.RESEARCH_REPORT;
        }
        if (containsAny(all, "serial", "journal", "jurnal", "article", "artikel", "periodical", "majalah",
                "magazine")) {
            return MaterialKind.SERIAL;
        }
        if (containsAny(all, "book", "buku", "text", "teks", "monograph")) {
            return MaterialKind.BOOK;
        }
        return MaterialKind.OTHER;
    }

    private static boolean containsAny(String text, String... words) {
        for (String word : words) {
            if (text.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
