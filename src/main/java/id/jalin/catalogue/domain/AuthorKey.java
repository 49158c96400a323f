package id.jalin.catalogue.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The main author's surname as the match keys compare it, from the heading as catalogued (100/110, SLiMS's first
 * author) or, when there is none, from the statement of responsibility (245 $c).
 *
 * <ul>
 * <li>"Surname, Given" (inverted, the cataloguer's form) gives the part before the comma: "Liye, Tere" → liye.</li>
 * <li>"Given Surname" (direct, common in SLiMS catalogues and in statements of responsibility) gives the last word:
 * "Tere Liye" → liye. A single name, common in Indonesia ("Koentjaraningrat"), is its own key.</li>
 * <li>A hyphenated name stays whole, hyphen dropped: "Sulistyo-Basuki" → sulistyobasuki.</li>
 * <li>Dates, relator terms ("editor", "penyunting") and the academic degrees and titles Indonesian catalogues often
 * keep ("Prof. Dr. H. Ahmad Tafsir, M.A.", "Budi Santoso, S.H., M.Hum.") are dropped first, so a degree after a
 * comma is not taken for a given name.</li>
 * <li>A corporate body ("Universitas Padjadjaran. Fakultas Hukum", "Badan Pusat Statistik", "Indonesia. Departemen
 * Pendidikan Nasional") gives its first part, folded; a jurisdiction alone ("Indonesia") is too wide, so the
 * body under it is added.</li>
 * </ul>
 * The key is folded ({@link Folding}) and holds no spaces for persons; empty when there is no name.
 */
public final class AuthorKey {
    private static final Set<String> CORPORATE_WORDS = Set.of("universitas", "university", "institut", "institute",
            "sekolah", "fakultas", "faculty", "departemen", "department", "kementerian", "kementrian", "ministry",
            "badan", "dinas", "pusat", "lembaga", "yayasan", "perpustakaan", "library", "bank", "pt", "cv",
            "direktorat", "directorate", "association", "asosiasi", "ikatan", "perhimpunan", "society", "council",
            "dewan", "komisi", "commission", "organization", "organisation", "committee",
            "pemerintah", "government", "akademi", "academy", "politeknik", "college", "centre", "center", "balai",
            "kantor", "office", "bureau", "biro", "persatuan", "forum", "unesco", "unicef", "who", "corporation",
            "company", "inc", "ltd", "press", "penerbit", "program", "studi", "jurusan", "divisi", "bagian",
            "seminar", "konferensi", "conference", "symposium", "simposium", "lokakarya", "workshop", "kongres");
    /** Honorifics and degrees, folded, as written before or after an Indonesian name. */
    /**
     * "Tim" (team) opens a body's name when a group's word follows: "Tim Penyusun", "Tim Abdi Guru"; but "Tim Altom"
     * and "M. Tim Jones" are persons.
     */
    private static final Set<String> TEAM_OPENINGS = Set.of("tim", "team", "panitia");
    private static final Set<String> TEAM_WORDS = Set.of("penyusun", "redaksi", "peneliti", "penulis", "pengembang",
            "dosen", "pengajar", "ahli", "kreatif", "editor", "editorial", "mgmp", "guru", "abdi", "pustaka", "kerja",
            "penerjemah", "penyunting", "pengarang", "pelaksana", "pengabdian", "of", "penerbit");
    private static final Set<String> TITLES = Set.of("prof", "dr", "drs", "dra", "ir", "h", "hj", "kh", "ust",
            "ustadz", "st", "sh", "mh", "mhum", "msi", "mpd", "spd", "skom", "mkom", "ma", "msc", "mba", "mm",
            "se", "sag", "mag", "ssos", "msos", "sip", "mip", "ssi", "mt", "phd", "llm", "md", "sked", "mkes",
            "skm", "sp", "spog", "spa", "ak", "cpa", "apt", "spsi", "mpsi", "sfarm", "ssn", "skep", "ns", "sth",
            "mth", "ssy", "msy", "shi", "mhi", "spdi", "mpdi", "lc", "mr", "mrs", "ms", "sir", "rev", "jr", "sr",
            "ret", "hon", "dipl", "ing", "bsc", "ba", "bs", "mb", "dds", "mphil", "dphil", "raden", "rm", "rr",
            "kph", "gkr");
    private static final Set<String> RELATORS = Set.of("editor", "editors", "ed", "eds", "penyunting", "peny",
            "penulis", "pengarang", "author", "authors", "penyusun", "compiler", "comp", "translator", "trans",
            "penerjemah", "penterjemah", "alih", "bahasa", "ilustrator", "illustrator", "et", "al", "dkk", "etc",
            "pengantar", "kata", "oleh", "by", "disusun", "ditulis", "karya", "edited", "written", "compiled",
            "dieditori", "diedit", "penanggung", "jawab", "redaksi", "with", "dengan", "bersama", "and",
            "dan", "ed.", "hrsg", "introduction", "foreword", "kontributor", "contributor");
    private static final Pattern DATES = Pattern.compile("\\b(?:b\\.|d\\.|ca\\.|lahir|l\\.|w\\.)?\\s*[0-9]{3,4}\\??\\s*-\\s*(?:[0-9]{2,4}\\??)?|\\b[0-9]{3,4}\\b");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern CLAUSES = Pattern.compile("\\s*;\\s*|\\s+(?:dan|and|&|dkk|et al)\\b.*$");
    private static final Pattern LEADING_ROLE = Pattern.compile("^(?:\\[?(?:oleh|by|disusun oleh|ditulis oleh|karya|"
            + "edited by|written by|compiled by|penulis|pengarang|penyusun|editor|penyunting|tim penyusun)\\]?"
            + "\\s*[:,]?\\s*)+", Pattern.CASE_INSENSITIVE);

    private AuthorKey() {
    }

    /** The surname of the record's main author, or of the first person its statement of responsibility names. */
    public static String of(CatalogueRecord record) {
        String heading = of(record.mainAuthor());
        return heading.isEmpty() ? fromResponsibility(record.responsibility()) : heading;
    }

    /** The surname of a heading as catalogued: inverted, direct, hyphenated, or a corporate body. */
    public static String of(String heading) {
        String name = hasDigit(heading) ? DATES.matcher(heading).replaceAll(" ").strip() : heading.strip();
        if (name.isEmpty()) {
            return "";
        }
        if (corporate(name)) {
            return corporateKey(name);
        }
        List<String> parts = new ArrayList<>();
        for (String part : name.split(",")) {
            String kept = personWords(part);
            if (!kept.isEmpty()) {
                parts.add(kept);
            }
        }
        if (parts.isEmpty()) {
            return "";
        }
        if (parts.size() > 1) {
            // inverted: the surname is everything before the first comma, particles included ("van der Berg")
            return parts.get(0).replace(" ", "");
        }
        String[] words = parts.get(0).split(" ");
        return words[words.length - 1];
    }

    /**
     * The first name a statement of responsibility gives ("oleh Tere Liye ; penyunting, Andi" → liye; "Christopher
     * D. Manning, Prabhakar Raghavan, Hinrich Schütze" → manning), read in direct order.
     */
    public static String fromResponsibility(String statement) {
        String first = CLAUSES.split(statement.strip(), 2)[0];
        first = LEADING_ROLE.matcher(first.strip()).replaceFirst("");
        first = first.replaceAll("\\[[^\\]]*\\]|\\.\\.\\.|\u2026", " ").strip();
        if (first.isEmpty()) {
            return "";
        }
        if (corporate(first)) {
            return corporateKey(first);
        }
        // in a statement names are direct; a comma separates persons or a person from his degrees
        for (String part : first.split(",")) {
            String kept = personWords(part);
            if (!kept.isEmpty()) {
                String[] words = kept.split(" ");
                return words[words.length - 1];
            }
        }
        return "";
    }

    private static boolean corporate(String name) {
        String[] words = Folding.fold(name).split(" ");
        boolean team = words.length > 1 && TEAM_OPENINGS.contains(words[0]) && TEAM_WORDS.contains(words[1]);
        return team || Arrays.stream(words).anyMatch(CORPORATE_WORDS::contains);
    }

    /** The first part of a body's heading; a one-word jurisdiction keeps the body under it. */
    private static String corporateKey(String name) {
        String[] parts = name.split("\\.\\s+|\\s+-{1,2}\\s+");
        String first = Folding.fold(parts[0]);
        boolean jurisdiction = !first.contains(" ")
                && Arrays.stream(first.split(" ")).noneMatch(CORPORATE_WORDS::contains);
        if (jurisdiction && parts.length > 1) {
            return first + " " + Folding.fold(parts[1]);
        }
        return first;
    }

    /**
     * The words of one comma-separated part of a personal name, folded, with honorifics, degrees and relator terms
     * dropped; a hyphenated name is kept as one word.
     */
    private static String personWords(String part) {
        List<String> kept = new ArrayList<>();
        for (String raw : SPACES.split(part.strip())) {
            // folding turns the hyphen (and the dots of "S.H.") into spaces; dropping them keeps the word whole
            String compact = Folding.fold(raw).replace(" ", "");
            if (compact.isEmpty() || TITLES.contains(compact) || RELATORS.contains(compact)
                    || (raw.indexOf('.') >= 0 && degreeLike(raw))) {
                continue;
            }
            kept.add(compact);
        }
        return String.join(" ", kept);
    }

    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** "S.Kom.", "M.Si", "Ph.D": short letters with dots between, as degrees are written. */
    private static boolean degreeLike(String raw) {
        return raw.matches("(?:\\p{L}{1,4}\\.){2,}\\p{L}{0,4}\\.?|(?:\\p{L}{1,4}\\.){1,}\\p{L}{1,4}\\.?")
                && raw.replace(".", "").length() <= 6 && raw.chars().filter(c -> c == '.').count() >= 1
                && !raw.matches("\\p{Lu}\\.");
    }
}
