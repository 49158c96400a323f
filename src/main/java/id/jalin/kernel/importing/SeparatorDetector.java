package id.jalin.kernel.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Guesses the separator of a CSV file. Spreadsheets set to Indonesian write semicolons (the comma is their decimal
 * mark), English ones write commas, and "Unicode text" exports use tabs. The separator that splits some early line
 * into the most known headings wins, so a title line above the header does not mislead; when no line names a known
 * heading, the separator that occurs most often in the first non-blank line outside quotes wins, the semicolon (the
 * house format) on a tie.
 */
final class SeparatorDetector {
    static final List<Character> CANDIDATES = List.of(';', ',', '\t');

    private SeparatorDetector() {
    }

    static char detect(String text, Predicate<String> knownHeading) {
        List<String> lines = firstLines(text);
        char best = 0;
        int bestScore = 0;
        for (String line : lines) {
            for (char candidate : CANDIDATES) {
                int score = (int) split(line, candidate).stream().filter(knownHeading).count();
                if (score > bestScore) {
                    best = candidate;
                    bestScore = score;
                }
            }
        }
        if (bestScore > 0) {
            return best;
        }
        return lines.stream().filter(line -> !line.isBlank()).findFirst().map(SeparatorDetector::mostFrequent)
                .orElse(';');
    }

    /** The separator occurring most often outside quotes; the first candidate (semicolon) on a tie. */
    static char mostFrequent(String line) {
        char best = CANDIDATES.get(0);
        int bestCount = count(line, best);
        for (char candidate : CANDIDATES) {
            int count = count(line, candidate);
            if (count > bestCount) {
                best = candidate;
                bestCount = count;
            }
        }
        return best;
    }

    private static int count(String line, char separator) {
        return split(line, separator).size() - 1;
    }

    /** Cells of one line split outside quotes; quotes are kept, which is enough to compare headings. */
    private static List<String> split(String line, char separator) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted; // a doubled quote toggles twice, which leaves the state as it was
            } else if (!quoted && c == separator) {
                cells.add(cell.toString().strip());
                cell.setLength(0);
                continue;
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString().strip());
        return cells;
    }

    private static List<String> firstLines(String text) {
        return text.lines().limit(ImportHeader.ROWS_LOOKED_AT).toList();
    }
}
