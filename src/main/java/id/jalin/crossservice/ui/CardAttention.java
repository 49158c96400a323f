package id.jalin.crossservice.ui;

import id.jalin.crossservice.domain.CardService;
import id.jalin.crossservice.domain.EndingCards;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.ui.AttentionLine;
import id.jalin.kernel.ui.AttentionSource;
import id.jalin.member.domain.Library;
import id.jalin.member.domain.MemberService;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;

/**
 * Cross-service's part of the start screen: the cohorts of forum cards that stop working at the door within a
 * month, one line per library and day; a line opens that library's holders whose cards end soon.
 */
public final class CardAttention {
    private CardAttention() {
    }

    public static AttentionSource of(CardService cards, MemberService members, LongConsumer openLibrary) {
        return AttentionSource.of("card.task.reminders", messages -> lines(cards, members, openLibrary, messages));
    }

    private static List<AttentionLine> lines(CardService cards, MemberService members, LongConsumer openLibrary,
                                             Messages messages) {
        List<EndingCards> ending = cards.ending();
        if (ending.isEmpty()) {
            return List.of();
        }
        Map<Long, String> codes = members.libraries().stream()
                .collect(Collectors.toMap(Library::id, Library::code, (one, other) -> one));
        return ending.stream().map(cohort -> new AttentionLine(cohort.validUntil(),
                messages.get("card.reminder.kind"), messages.get("card.reminder.text", cohort.holders(),
                        codes.getOrDefault(cohort.libraryId(), "")), "", false,
                () -> openLibrary.accept(cohort.libraryId()))).toList();
    }
}
