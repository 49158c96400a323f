package id.jalin.redistribution.ui;

import id.jalin.forum.domain.ForumProfile;
import id.jalin.forum.domain.ForumProfileService;
import id.jalin.kernel.files.AtomicFileWriter;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.task.BackgroundTask;
import id.jalin.kernel.task.TaskExecutor;
import id.jalin.kernel.ui.Dialogs;
import id.jalin.kernel.ui.FailureExplainer;
import id.jalin.kernel.ui.FileDialogs;
import id.jalin.kernel.ui.FileOpener;
import id.jalin.kernel.ui.FileWrittenNotice;
import id.jalin.redistribution.domain.RedistributionMember;
import id.jalin.redistribution.domain.SurplusRedistribution;
import id.jalin.redistribution.print.HandOverList;
import id.jalin.redistribution.print.HandOverListPdf;
import java.util.Map;
import javafx.stage.Window;

/** The hand-over list of one receiving library, on the forum's letterhead, written in the background. */
final class HandOverPapers {
    private final SurplusRedistribution service;
    private final ForumProfileService forum;
    private final TaskExecutor executor;
    private final FileDialogs files;
    private final FileOpener opener;
    private final Messages messages;

    HandOverPapers(SurplusRedistribution service, ForumProfileService forum, TaskExecutor executor, FileDialogs files,
                   FileOpener opener, Messages messages) {
        this.service = service;
        this.forum = forum;
        this.executor = executor;
        this.files = files;
        this.opener = opener;
        this.messages = messages;
    }

    /** @param register every member by its id, taken on the FX thread, for the givers' names */
    void print(Window owner, RedistributionMember receiver, Map<Long, RedistributionMember> register) {
        if (receiver == null) {
            return;
        }
        String title = messages.get("redistribution.ui.print.title", receiver.code());
        files.save(owner, title, FileDialogs.FileKind.PDF, messages.get("redistribution.ui.print.file",
                receiver.code()) + ".pdf").ifPresent(path -> executor.execute(BackgroundTask.wrap(progress -> {
                    ForumProfile profile = forum.profile();
                    HandOverList list = HandOverList.of(profile.letterhead(), service.today(), profile.city(),
                            receiver, service.handOversTo(receiver.id()), register);
                    new AtomicFileWriter().write(path, out -> new HandOverListPdf(messages).write(list, out));
                    return path;
                }).withProgress(title)
                .onSuccess(written -> new FileWrittenNotice(messages, opener).show(owner, title, written, true))
                .onFailure(failure -> new Dialogs(messages).failure(owner,
                        new FailureExplainer(messages).explain(title, failure)))));
    }
}
