package id.jalin.kernel.ui;

import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.validation.SaveResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * What every screen does when a save meets a record someone else changed or deleted since it was opened: say so in
 * the same words everywhere, and offer to reload the stored version or to keep the typed text and save it again
 * (over their change, or as a new record when theirs was a delete). Screens that cannot re-apply typing (a card
 * action) offer reload only.
 */
public final class StaleRecordHandler {
    /** The user's answer. */
    public enum Choice { RELOAD, KEEP_MINE, CLOSE }

    /** Puts the question to the user; the app asks with a dialog, tests answer from a script. */
    @FunctionalInterface
    public interface Question {
        Choice ask(String title, String text, List<Choice> offered);
    }

    private final Messages messages;
    private final Question question;

    public StaleRecordHandler(Messages messages, Question question) {
        this.messages = messages;
        this.question = question;
    }

    /** Asks with a warning dialog over the window {@code owner} gives at the time of asking. */
    public static StaleRecordHandler withDialogs(Messages messages, Supplier<Window> owner) {
        Dialogs dialogs = new Dialogs(messages);
        return new StaleRecordHandler(messages, (title, text, offered) -> {
            List<ButtonType> buttons = new ArrayList<>();
            for (Choice choice : offered) {
                buttons.add(choice == Choice.RELOAD
                        ? new ButtonType(messages.get("stale.reload"), ButtonBar.ButtonData.OK_DONE)
                        : new ButtonType(messages.get("stale.keep"), ButtonBar.ButtonData.OTHER));
            }
            buttons.add(dialogs.cancel());
            Optional<ButtonType> answer = dialogs.choose(owner.get(), title, text, buttons.toArray(ButtonType[]::new));
            int index = answer.map(buttons::indexOf).orElse(-1);
            return index >= 0 && index < offered.size() ? offered.get(index) : Choice.CLOSE;
        });
    }

    /**
     * @param recordKind names the record for the text, from the key {@code stale.record.<recordKind>}
     * @param reload     shows what is stored now (the typing is lost)
     * @param keepMine   keeps the typing and takes the stored version number, so the next save re-applies it;
     *                   null where the screen cannot re-apply, then only reload is offered
     */
    public Choice handle(SaveResult.Conflict conflict, String recordKind, Runnable reload, Runnable keepMine) {
        String record = messages.get("stale.record." + recordKind, conflict.recordLabel());
        String key = (conflict.deleted() ? "stale.deleted" : "stale.changed") + (keepMine == null ? ".reloadOnly" : "");
        List<Choice> offered = keepMine == null ? List.of(Choice.RELOAD) : List.of(Choice.RELOAD, Choice.KEEP_MINE);
        Choice choice = question.ask(messages.get("stale.title"), messages.get(key, record), offered);
        if (choice == Choice.RELOAD) {
            reload.run();
        } else if (choice == Choice.KEEP_MINE && keepMine != null) {
            keepMine.run();
        }
        return choice;
    }
}
