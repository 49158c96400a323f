package id.jalin.agreement.ui;

import id.jalin.agreement.domain.Agreement;
import id.jalin.kernel.ui.FailureExplainer;
import id.jalin.agreement.domain.AgreementCalendar;
import id.jalin.agreement.domain.AgreementService;
import id.jalin.agreement.domain.Obligation;
import id.jalin.agreement.domain.Party;
import id.jalin.kernel.files.AtomicFileWriter;
import id.jalin.kernel.i18n.Language;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.task.BackgroundTask;
import id.jalin.kernel.task.TaskExecutor;
import id.jalin.kernel.ui.Dialogs;
import id.jalin.kernel.ui.FileDialogs;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import javafx.stage.Window;

/** Writes agreement ends and obligation due dates to an .ics file that calendar programs import. */
final class CalendarExport {
    private final AgreementService service;
    private final TaskExecutor executor;
    private final Messages messages;
    private final FileDialogs files;

    CalendarExport(AgreementService service, TaskExecutor executor, Messages messages, FileDialogs files) {
        this.service = service;
        this.executor = executor;
        this.messages = messages;
        this.files = files;
    }

    void run(Window owner) {
        Dialogs dialogs = new Dialogs(messages);
        files.save(owner, messages.get("agreement.list.exportCalendar"), FileDialogs.FileKind.ICS,
                messages.get("agreement.calendar.fileName") + ".ics").ifPresent(path ->
                executor.execute(BackgroundTask.wrap(progress -> {
                            String ics = service.calendar(words(messages));
                            new AtomicFileWriter().write(path, out -> out.write(ics.getBytes(StandardCharsets.UTF_8)));
                            return (int) service.all().stream().filter(a -> a.termination() == null).count();
                        })
                        .withProgress(messages.get("agreement.calendar.progress"))
                        .onSuccess(count -> dialogs.info(owner, messages.get("agreement.list.exportCalendar"),
                                messages.get("agreement.calendar.done", count, path)))
                        .onFailure(failure -> dialogs.error(owner, messages.get("agreement.list.exportCalendar"),
                                messages.get("common.error.writeFailed", path, new FailureExplainer(messages).reason(failure))))));
    }

    /** The events' words in the chosen language; an English text left empty falls back to the Indonesian one. */
    static AgreementCalendar.Words words(Messages messages) {
        boolean english = messages.language() == Language.ENGLISH;
        return new AgreementCalendar.Words(
                a -> messages.get("agreement.calendar.ends", a.number().text(), title(a, english)),
                (a, o) -> messages.get("agreement.calendar.due", description(o, english)),
                a -> messages.get("agreement.calendar.description", a.number().text(), title(a, english),
                        a.parties().stream().map(Party::name).collect(Collectors.joining(", "))));
    }

    private static String title(Agreement agreement, boolean english) {
        return english && !agreement.titleEn().isBlank() ? agreement.titleEn() : agreement.titleId();
    }

    private static String description(Obligation obligation, boolean english) {
        return english && !obligation.descriptionEn().isBlank() ? obligation.descriptionEn() : obligation.descriptionId();
    }
}
