package id.jalin.kernel.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.jalin.kernel.i18n.Language;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.validation.SaveResult;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one question every screen asks when a save met someone else's change. */
class StaleRecordHandlerTest {
    private final List<String> asked = new ArrayList<>();
    private final List<List<StaleRecordHandler.Choice>> offered = new ArrayList<>();
    private final List<String> done = new ArrayList<>();

    private StaleRecordHandler answering(StaleRecordHandler.Choice answer) {
        return new StaleRecordHandler(new Messages(Language.ENGLISH), (title, text, choices) -> {
            asked.add(title + ": " + text);
            offered.add(choices);
            return answer;
        });
    }

    @Test
    void aChangedRecordOffersReloadOrKeepAndKeepingRunsTheScreensKeep() {
        answering(StaleRecordHandler.Choice.KEEP_MINE).handle(new SaveResult.Stale<>("UPI"), "member",
                () -> done.add("reload"), () -> done.add("keep"));

        assertThat(asked).containsExactly("Changed by someone else: Member UPI was changed and saved by someone else "
                + "after you opened it. Reload to see their version (your typing is lost), or keep your typing and "
                + "save again to overwrite theirs.");
        assertThat(offered).containsExactly(List.of(StaleRecordHandler.Choice.RELOAD, StaleRecordHandler.Choice.KEEP_MINE));
        assertThat(done).containsExactly("keep");
    }

    @Test
    void aScreenThatCannotKeepTypingOffersReloadOnly() {
        answering(StaleRecordHandler.Choice.RELOAD).handle(new SaveResult.Gone<>("7001000123456"), "card",
                () -> done.add("reload"), null);

        assertThat(asked).singleElement().asString().contains("Card 7001000123456 was deleted by someone else")
                .contains("this was not saved");
        assertThat(offered).containsExactly(List.of(StaleRecordHandler.Choice.RELOAD));
        assertThat(done).containsExactly("reload");
    }

    @Test
    void closingTheQuestionChangesNothing() {
        StaleRecordHandler.Choice choice = answering(StaleRecordHandler.Choice.CLOSE).handle(
                new SaveResult.Stale<>("A-1"), "agreement", () -> done.add("reload"), () -> done.add("keep"));

        assertThat(choice).isEqualTo(StaleRecordHandler.Choice.CLOSE);
        assertThat(done).isEmpty();
    }
}
