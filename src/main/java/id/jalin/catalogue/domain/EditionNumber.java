package id.jalin.catalogue.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which edition an edition statement (250, SLiMS's edition column) names, as Indonesian cataloguing reads it.
 *
 * <p>A reprint is the same work: "Cet. 2", "Cetakan ke-2", "Cetakan kedua", "2nd printing", "Reprint" and "Dicetak
 * ulang" name a printing, not an edition, so they count as edition 1 unless the statement also names an edition
 * ("Edisi 2, cetakan 3" is edition 2). A new edition is another work: "Ed. 2", "Edisi 2", "Edisi kedua", "Edisi
 * ke-2", "2nd ed.", "Second edition", "3rd rev. ed." give its number; a revised edition without a number ("Edisi
 * revisi", "Ed. rev.", "Revised edition", "Edisi baru") gives {@code rev}. An edition without a number that is not a
 * revision ("Edisi Indonesia", "International edition", "Ed. 1") is the first. A bare number ("2", "II", "kedua")
 * in the edition field is taken as the edition's. An extent put in the wrong field ("250 hlm.", "xii, 300 p.") is not
 * an edition. Nothing stated is edition {@code 1}. A volume put in the edition field, as SLiMS catalogues often do
 * ("Jilid 2", "Edisi 3, jilid II"), is kept after the edition ({@code 1 v2}, {@code 3 v2}): volumes are different
 * works.
 */
public final class EditionNumber {
    /** The first edition, and every statement that names no other. */
    public static final String FIRST = "1";
    /** A revised edition whose number is not stated. */
    public static final String REVISED = "rev";

    private static final Set<String> EDITION_WORDS = Set.of("ed", "edisi", "edition", "edn", "eds", "edit", "editie",
            "edicion", "auflage", "aufl");
    private static final Set<String> REPRINT_WORDS = Set.of("cet", "cetakan", "cetak", "printing", "print", "printed",
            "reprint", "reprinted", "impression", "impr", "dicetak", "ulang", "cetk");
    private static final Set<String> REVISION_WORDS = Set.of("rev", "revisi", "revised", "revisied", "baru",
            "terbaru", "new", "diperbarui", "diperbaharui", "perbaikan");
    private static final Set<String> EXTENT_WORDS = Set.of("hlm", "halaman", "hal", "pages", "page", "pp", "p", "cm",
            "ilus", "illus", "lembar", "lbr");
    /** Words between a number and what it numbers: "edisi ke 2", "2nd rev ed". */
    private static final Set<String> VOLUME_WORDS = Set.of("jilid", "jld", "vol", "volume", "buku", "bagian",
            "part", "tome", "band");
    private static final Set<String> LINKING_WORDS = Set.of("ke", "yang", "no", "nomor");

    private EditionNumber() {
    }

    /** The edition number of {@code statement}: "1", "2", ... or {@code rev}, and the volume when one is named. */
    public static String of(String statement) {
        List<String> words = Arrays.asList(Folding.fold(statement).split(" "));
        return edition(words) + volume(words).map(number -> " v" + number).orElse("");
    }

    private static String edition(List<String> words) {
        if (words.isEmpty() || words.get(0).isEmpty() || words.stream().anyMatch(EXTENT_WORDS::contains)) {
            return FIRST;
        }
        boolean namesEdition = false;
        boolean revised = false;
        for (int i = 0; i < words.size(); i++) {
            if (!EDITION_WORDS.contains(words.get(i))) {
                continue;
            }
            namesEdition = true;
            Optional<Integer> number = numberNear(words, i);
            if (number.isPresent()) {
                return String.valueOf(number.get());
            }
            revised |= revisionNear(words, i);
        }
        if (namesEdition) {
            return revised ? REVISED : FIRST;
        }
        if (words.stream().anyMatch(REPRINT_WORDS::contains)) {
            return FIRST;
        }
        if (words.stream().anyMatch(REVISION_WORDS::contains)) {
            return REVISED;
        }
        if (words.size() == 1) {
            return Numerals.read(words.get(0)).filter(n -> n > 0).map(String::valueOf).orElse(FIRST);
        }
        return FIRST;
    }

    /**
     * The number next to the edition word at {@code at}: after it ("edisi 2", "edisi ke 2", "ed kedua") or before it,
     * across a revision word ("2nd ed", "3rd rev ed", "second edition").
     */
    private static Optional<Integer> numberNear(List<String> words, int at) {
        int after = at + 1;
        while (after < words.size() && LINKING_WORDS.contains(words.get(after))) {
            after++;
        }
        if (after < words.size() && !REPRINT_WORDS.contains(words.get(after))) {
            Optional<Integer> number = Numerals.read(words.get(after));
            if (number.isPresent() && number.get() > 0) {
                return number;
            }
        }
        int before = at - 1;
        while (before >= 0 && (REVISION_WORDS.contains(words.get(before)) || "enl".equals(words.get(before)))) {
            before--;
        }
        if (before >= 0 && (before == 0 || !REPRINT_WORDS.contains(words.get(before - 1)))) {
            return Numerals.read(words.get(before)).filter(n -> n > 0);
        }
        return Optional.empty();
    }

    private static Optional<Integer> volume(List<String> words) {
        for (int i = 0; i + 1 < words.size(); i++) {
            if (VOLUME_WORDS.contains(words.get(i))) {
                Optional<Integer> number = Numerals.read(words.get(i + 1));
                if (number.isPresent()) {
                    return number;
                }
            }
        }
        return Optional.empty();
    }

    private static boolean revisionNear(List<String> words, int at) {
        return (at + 1 < words.size() && REVISION_WORDS.contains(words.get(at + 1)))
                || (at > 0 && REVISION_WORDS.contains(words.get(at - 1)));
    }
}
