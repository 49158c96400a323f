package id.jalin.catalogue.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Decides which work a record joins, from the records already placed that share one of its keys. The rules, in the
 * order of the evidence they rest on:
 * <ol>
 * <li>{@link MatchRule#ISBN}: a valid ISBN in common (ISBN-10 and -13 meet, as both are kept as 13 digits);</li>
 * <li>{@link MatchRule#ISSN}: a valid ISSN in common (serials);</li>
 * <li>{@link MatchRule#TITLE_KEY}: the same exact key (title key, main author's surname, year, edition number);</li>
 * <li>{@link MatchRule#SIMILAR_TITLE}: a near-identical title, and only when every guard holds: the candidate is
 * another member's (a member's two records of one book merge only on an ISBN or the exact key, never fuzzily, as
 * the issue asks); the same non-empty block key (same surname, year and edition); both title keys at least
 * {@value #MIN_SIMILAR_TITLE} characters long (shorter titles are single words or pairs, where one letter is another
 * word); an edit distance under a tenth of the longer title key; the same numbers in both titles (volume 1 is not
 * volume 2, "Jilid II" reads as 2); the words that differ are misspellings of each other, not other words; no
 * conflicting ISBN (both have ISBNs and share none: two editions or two volumes).</li>
 * </ol>
 * Two records that each carry ISSNs, none in common, are different serials and never match on their titles.
 *
 * <p>Taken from NatLibFi RecordManager's DedupHandler: ISBN first, then other identifiers, then title; the title
 * Levenshtein distance under 10% of the length; the ISSN conflict; the series-numbering check (here: numbers in the
 * title); records of the same source not deduplicated fuzzily. Not taken: its page-count check (Indonesian extents
 * are written too variously: "xii, 250 hlm." against "250 p."), its author edit distance (our block key demands the
 * same surname), and its choice among several matches by the biggest group (that depends on the order of arrival;
 * here the choice is the strongest rule, then the lowest work id, so a re-import with the same records places them
 * the same way).
 */
public final class WorkMatcher {
    /** The shortest title key the similar-title step compares. */
    public static final int MIN_SIMILAR_TITLE = 20;
    private static final Pattern NUMBER = Pattern.compile("\\b[0-9]+\\b");
    private static final String ISBN = "isbn:";
    private static final String ISSN = "issn:";

    /**
     * The work the record with {@code keys}, of member {@code memberId}, joins; empty when no candidate matches and
     * the record starts a work of its own.
     *
     * @param candidates records already placed (other members', and earlier records of the same import) sharing an
     *        identifier, the exact key or the block key
     */
    public Optional<WorkMatch> match(MatchKeys keys, long memberId, Collection<WorkCandidate> candidates) {
        return candidates.stream()
                .map(candidate -> rule(keys, memberId, candidate)
                        .map(rule -> new WorkMatch(candidate.workId(), rule)))
                .flatMap(Optional::stream)
                .min(Comparator.comparing(WorkMatch::rule).thenComparingLong(WorkMatch::workId));
    }

    private static Optional<MatchRule> rule(MatchKeys keys, long memberId, WorkCandidate candidate) {
        MatchKeys other = candidate.keys();
        if (shareAny(keys, other, ISBN)) {
            return Optional.of(MatchRule.ISBN);
        }
        if (shareAny(keys, other, ISSN)) {
            return Optional.of(MatchRule.ISSN);
        }
        if (conflict(keys, other, ISSN)) {
            return Optional.empty();
        }
        if (!keys.exactKey().isEmpty() && keys.exactKey().equals(other.exactKey())) {
            return Optional.of(MatchRule.TITLE_KEY);
        }
        if (similarTitle(keys, memberId, candidate)) {
            return Optional.of(MatchRule.SIMILAR_TITLE);
        }
        return Optional.empty();
    }

    private static boolean similarTitle(MatchKeys keys, long memberId, WorkCandidate candidate) {
        MatchKeys other = candidate.keys();
        if (candidate.memberId() == memberId || keys.blockKey().isEmpty()
                || !keys.blockKey().equals(other.blockKey()) || conflict(keys, other, ISBN)) {
            return false;
        }
        String a = keys.titleKey();
        String b = other.titleKey();
        if (Math.min(a.length(), b.length()) < MIN_SIMILAR_TITLE || !numbers(a).equals(numbers(b))) {
            return false;
        }
        // under 10% of the longer title: the largest whole number of edits strictly below a tenth of its length
        int allowed = (Math.max(a.length(), b.length()) - 1) / 10;
        return EditDistance.between(a, b, allowed) <= allowed && misspelt(a, b);
    }

    /**
     * Whether the words one title has and the other lacks are misspellings of each other ("perpustkaan" for
     * "perpustakaan", "dewngan" for "dengan"), not other words: within a quarter of their letters, at least one.
     * A tenth of a long title is room for a whole word, and Indonesian theses are written to one pattern ("Pengaruh
     * ... terhadap ... pada ... Bantul"), so two theses differing only in their city are not one work.
     */
    private static boolean misspelt(String a, String b) {
        List<String> onlyA = new ArrayList<>(Arrays.asList(a.split(" ")));
        List<String> onlyB = new ArrayList<>(Arrays.asList(b.split(" ")));
        List<String> common = new ArrayList<>(onlyA);
        common.retainAll(onlyB);
        for (String word : common) {
            if (onlyA.contains(word) && onlyB.contains(word)) {
                onlyA.remove(word);
                onlyB.remove(word);
            }
        }
        String left = String.join("", onlyA);
        String right = String.join("", onlyB);
        int allowed = Math.max(1, Math.max(left.length(), right.length()) / 4);
        return EditDistance.between(left, right, allowed) <= allowed;
    }

    private static List<String> numbers(String titleKey) {
        Matcher found = NUMBER.matcher(titleKey);
        return found.results().map(result -> result.group()).collect(Collectors.toList());
    }

    private static boolean shareAny(MatchKeys a, MatchKeys b, String prefix) {
        return a.identifiers().stream().filter(id -> id.startsWith(prefix)).anyMatch(b.identifiers()::contains);
    }

    /** Both have identifiers of this kind and share none. */
    private static boolean conflict(MatchKeys a, MatchKeys b, String prefix) {
        boolean aHas = a.identifiers().stream().anyMatch(id -> id.startsWith(prefix));
        boolean bHas = b.identifiers().stream().anyMatch(id -> id.startsWith(prefix));
        return aHas && bHas && !shareAny(a, b, prefix);
    }
}
