package id.jalin.forum.ui;

import id.jalin.forum.domain.ForumSettings;
import id.jalin.forum.domain.ForumSettingsService;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.money.Money;
import id.jalin.kernel.task.BackgroundTask;
import id.jalin.kernel.task.TaskExecutor;
import id.jalin.kernel.ui.FailureExplainer;
import id.jalin.kernel.validation.SaveResult;
import java.time.DateTimeException;
import java.time.MonthDay;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * File, Forum settings: the forum's card fee and the end of the academic year, as typed text, saved by the
 * coordinator for every desk. A save that meets another desk's change shows the stored values instead of
 * overwriting them.
 */
public final class ForumSettingsViewModel {
    public final StringProperty fee = new SimpleStringProperty("");
    public final StringProperty yearEnd = new SimpleStringProperty("");
    /** What went wrong, in words; empty when all is well. */
    public final StringProperty error = new SimpleStringProperty("");
    public final BooleanProperty busy = new SimpleBooleanProperty();

    private final ForumSettingsService service;
    private final TaskExecutor executor;
    private final Messages messages;
    private ForumSettings shown;

    public ForumSettingsViewModel(ForumSettingsService service, TaskExecutor executor, Messages messages,
                                  ForumSettings loaded) {
        this.service = service;
        this.executor = executor;
        this.messages = messages;
        show(loaded);
    }

    /** Checks the typing, then stores off the FX thread; {@code onSaved} runs once the database has it. */
    public void save(Runnable onSaved) {
        Optional<Money> typedFee = Money.parse(fee.get(), messages.language().locale()).filter(m -> !m.isNegative());
        Optional<MonthDay> typedEnd = parseTyped(yearEnd.get());
        if (typedFee.isEmpty()) {
            error.set(messages.get("forum.settings.error.feeFormat"));
            return;
        }
        if (typedEnd.isEmpty()) {
            error.set(messages.get("forum.settings.error.yearEnd"));
            return;
        }
        error.set("");
        busy.set(true);
        ForumSettings edited = shown.with(typedFee.get(), typedEnd.get());
        executor.execute(BackgroundTask.wrap(progress -> save(edited))
                .whenDone(() -> busy.set(false))
                .onSuccess(outcome -> {
                    if (outcome.result() instanceof SaveResult.Saved<ForumSettings> saved) {
                        show(saved.value());
                        onSaved.run();
                    } else if (outcome.result() instanceof SaveResult.Invalid<ForumSettings>) {
                        error.set(messages.get("forum.settings.error.fee"));
                    } else {
                        // Another desk saved first: show what is stored now, so nothing is overwritten unseen.
                        show(outcome.current());
                        error.set(messages.get("forum.settings.error.stale"));
                    }
                })
                .onFailure(failure -> error.set(new FailureExplainer(messages).reason(failure))));
    }

    /** A save's result, with the stored settings read again when it was refused as stale. */
    private record Outcome(SaveResult<ForumSettings> result, ForumSettings current) {
    }

    private Outcome save(ForumSettings edited) {
        SaveResult<ForumSettings> result = service.save(edited);
        return new Outcome(result, result instanceof SaveResult.Conflict ? service.settings() : null);
    }

    private void show(ForumSettings settings) {
        shown = settings;
        fee.set(messages.money(settings.cardFee()));
        MonthDay end = settings.academicYearEnd();
        yearEnd.set(String.format("%02d/%02d", end.getDayOfMonth(), end.getMonthValue()));
    }

    /** Reads "31/08" (also "31.8" or "31-08") as typed: day, then month. */
    static Optional<MonthDay> parseTyped(String typed) {
        String[] parts = typed == null ? new String[0] : typed.strip().split("[/.-]");
        try {
            return parts.length == 2 ? Optional.of(MonthDay.of(Integer.parseInt(parts[1]), Integer.parseInt(parts[0])))
                    : Optional.empty();
        } catch (NumberFormatException | DateTimeException e) {
            return Optional.empty();
        }
    }
}
