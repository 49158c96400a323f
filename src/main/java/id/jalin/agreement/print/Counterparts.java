package id.jalin.agreement.print;

import id.jalin.kernel.i18n.Messages;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Makes the closing article's "dibuat dalam rangkap dua" / "made in two counterparts" match the number of parties:
 * every party keeps an original, so an agreement of three is made in three. The clause library's wording says two,
 * and the secretary easily forgets to change it when a third library joins.
 */
final class Counterparts {
    private final Pattern phrase;
    private final String template;
    private final List<String> numberWords;

    Counterparts(Messages messages) {
        template = messages.get("agreement.pdf.counterparts");
        numberWords = Arrays.stream(messages.get("agreement.pdf.numberWords").split(",")).map(String::strip).toList();
        String number = "(" + numberWords.stream().map(Pattern::quote).collect(Collectors.joining("|")) + "|\\d+)";
        String[] around = template.split("\\{0}", -1);
        phrase = Pattern.compile("\\b" + Pattern.quote(around[0]) + number + Pattern.quote(around[1]) + "\\b",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** {@code text} with the number of counterparts it states set to {@code parties}. */
    String matchParties(String text, int parties) {
        if (parties < 2) {
            return text;
        }
        String word = parties <= numberWords.size() ? numberWords.get(parties - 1) : Integer.toString(parties);
        Matcher matcher = phrase.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            // keep the writer's words around the number (and their capitals), change only the number
            String found = matcher.group();
            int from = matcher.start(1) - matcher.start();
            int to = matcher.end(1) - matcher.start();
            matcher.appendReplacement(out, Matcher.quoteReplacement(found.substring(0, from) + word + found.substring(to)));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
