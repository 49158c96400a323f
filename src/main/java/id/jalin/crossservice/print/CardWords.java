package id.jalin.crossservice.print;

import id.jalin.kernel.i18n.Language;
import id.jalin.kernel.i18n.Messages;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

/** The card's printed words, always in Indonesian and English, since a card travels to every member library. */
final class CardWords {
    static final int RULE_COUNT = 5;

    private final Messages indonesian = new Messages(Language.INDONESIAN);
    private final Messages english = new Messages(Language.ENGLISH);

    /** "Berlaku s.d. / Valid until". */
    String both(String key, Object... args) {
        String id = indonesian.get(key, args);
        String en = english.get(key, args);
        return id.equals(en) ? id : id + " / " + en;
    }

    /** Digits only (31/12/2026), which read the same in both languages and save room on the card. */
    String date(LocalDate date) {
        return indonesian.inputDateFormat().format(date);
    }

    String indonesian(String key, Object... args) {
        return indonesian.get(key, args);
    }

    String english(String key, Object... args) {
        return english.get(key, args);
    }

    /** The numbered rules of use in one language, one rule a line. */
    String rules(Messages messages, String forumName) {
        List<String> lines = IntStream.rangeClosed(1, RULE_COUNT)
                .mapToObj(n -> n + ". " + messages.get("card.print.rule." + n, forumName))
                .toList();
        return String.join("\n", lines);
    }

    String rulesIndonesian(String forumName) {
        return rules(indonesian, forumName);
    }

    String rulesEnglish(String forumName) {
        return rules(english, forumName);
    }
}
