package id.jalin.agreement.ui;

import id.jalin.kernel.ui.FailureExplainer;
import id.jalin.agreement.domain.AgreementCalendar;
import id.jalin.agreement.domain.AgreementService;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.task.BackgroundTask;
import id.jalin.kernel.task.TaskExecutor;
import id.jalin.kernel.ui.Dialogs;
import id.jalin.kernel.ui.FileDialogs;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDateTime;
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
                            AgreementCalendar calendar = new AgreementCalendar(new AgreementCalendar.Words(
                                    a -> messages.get("agreement.calendar.ends", a.number().text(), a.titleId()),
                                    o -> messages.get("agreement.calendar.due", o.descriptionId())));
                            var agreements = service.all();
                            Files.writeString(path, calendar.write(agreements, service.today(), LocalDateTime.now()),
                                    StandardCharsets.UTF_8);
                            return agreements.size();
                        })
                        .withProgress(messages.get("agreement.calendar.progress"))
                        .onSuccess(count -> dialogs.info(owner, messages.get("agreement.list.exportCalendar"),
                                messages.get("agreement.calendar.done", count, path)))
                        .onFailure(failure -> dialogs.error(owner, messages.get("agreement.list.exportCalendar"),
                                messages.get("common.error.writeFailed", path, new FailureExplainer(messages).reason(failure))))));
    }
}
