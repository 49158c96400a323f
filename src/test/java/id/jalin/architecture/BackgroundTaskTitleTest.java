package id.jalin.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Background work whose failure reaches the failure dialog must say what it was doing: a task with neither
 * {@code .titled(...)} nor {@code .withProgress(...)} shows the bare "the work did not finish", which tells a
 * secretary nothing. A task that handles its failure itself ({@code .onFailure(...)}) needs no title.
 */
class BackgroundTaskTitleTest {
    private static final Pattern WRAP = Pattern.compile("BackgroundTask\\.wrap\\(");
    private static final Pattern CHAINED = Pattern.compile("\\G(?:\\s|//[^\\n]*\\n)*\\.(\\w+)\\(");

    @Test
    void everyTaskWhoseFailureGoesToTheDialogIsTitled() throws IOException {
        List<String> untitled = new ArrayList<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                String text = Files.readString(source);
                Matcher wrap = WRAP.matcher(text);
                while (wrap.find()) {
                    List<String> chain = chainAfter(text, closingParen(text, wrap.end()));
                    if (!chain.contains("titled") && !chain.contains("withProgress") && !chain.contains("onFailure")) {
                        untitled.add(source + ":" + lineOf(text, wrap.start()));
                    }
                }
            }
        }
        assertThat(untitled).as("tasks without a title or a failure handler").isEmpty();
    }

    @Test
    void theScanSeesChainsAcrossLinesAndComments() {
        String text = "x(BackgroundTask.wrap(p -> f(a, (b))) // why\n  .titled(m(\"k\"))\n  .onSuccess(s -> { }));";
        int end = closingParen(text, text.indexOf("wrap(") + 5);

        assertThat(chainAfter(text, end)).containsExactly("titled", "onSuccess");
    }

    private static List<String> chainAfter(String text, int from) {
        List<String> names = new ArrayList<>();
        Matcher call = CHAINED.matcher(text);
        int at = from;
        while (call.find(at) && call.start() == at) {
            names.add(call.group(1));
            at = closingParen(text, call.end());
        }
        return names;
    }

    /** The index after the parenthesis that closes the one opened just before {@code from}. */
    private static int closingParen(String text, int from) {
        int depth = 1;
        int i = from;
        while (depth > 0 && i < text.length()) {
            char c = text.charAt(i++);
            if (c == '"') {
                while (i < text.length() && text.charAt(i) != '"') {
                    i += text.charAt(i) == '\\' ? 2 : 1;
                }
                i++;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            }
        }
        return i;
    }

    private static int lineOf(String text, int index) {
        return (int) text.substring(0, index).chars().filter(c -> c == '\n').count() + 1;
    }
}
