package id.jalin.training.ui;

import id.jalin.kernel.ui.ScreenTasks;
import id.jalin.forum.domain.ForumProfile;
import id.jalin.forum.domain.ForumProfileService;
import id.jalin.kernel.files.AtomicFileWriter;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.ui.FileDialogs;
import id.jalin.kernel.ui.FileOpener;
import id.jalin.kernel.ui.FileWrittenNotice;
import id.jalin.kernel.validation.SaveResult;
import id.jalin.training.domain.EventDetail;
import id.jalin.training.domain.IssuedCertificate;
import id.jalin.training.domain.Registration;
import id.jalin.training.domain.TrainingService;
import id.jalin.training.domain.TrainingSession;
import id.jalin.training.print.AttendanceSheetPdf;
import id.jalin.training.print.BadgePdf;
import id.jalin.training.print.BadgeSize;
import id.jalin.training.print.CertificateBatch;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;

/**
 * The event's papers: the attendance sheet of a session, badges (A6 four to an A4 sheet, or ID-1 cards), and the
 * certificates of everyone who met the attendance rule, in one PDF or one PDF each in a folder. All are written in
 * the background with progress and Cancel (a cancelled batch leaves no file), then offered to open.
 */
final class TrainingPrinting {
    private final TrainingService training;
    private final ForumProfileService forum;
    private final ScreenTasks tasks;
    private final TrainingWords words;
    private final Messages messages;
    private final FileDialogs files;
    private final FolderChooser folders;
    private final FileOpener opener;

    TrainingPrinting(TrainingService training, ForumProfileService forum, ScreenTasks tasks, TrainingWords words,
                     FileDialogs files, FolderChooser folders, FileOpener opener) {
        this.training = training;
        this.forum = forum;
        this.tasks = tasks;
        this.words = words;
        this.messages = words.messages();
        this.files = files;
        this.folders = folders;
        this.opener = opener;
    }

    void attendanceSheet(EventDetail detail, TrainingSession session) {
        String title = messages.get("training.ui.print.sheet");
        int number = detail.sessions().indexOf(session) + 1;
        files.save(tasks.window(), title, FileDialogs.FileKind.PDF, messages.get("training.ui.print.sheetFile",
                number) + ".pdf").ifPresent(path -> tasks.runLong(title, progress -> {
                    ForumProfile profile = forum.profile();
                    List<Registration> people = training.attendance(detail.event().id()).people();
                    var sheet = TrainingPapers.sheet(profile, detail, session, words.title(detail.event()),
                            messages.label("training.kind", detail.event().kind()), people);
                    new AtomicFileWriter().write(path, out -> new AttendanceSheetPdf(messages.language())
                            .write(sheet, out));
                    return path;
                }, written -> notice("training.ui.print.sheetWritten", written)));
    }

    void badges(EventDetail detail) {
        String title = messages.get("training.ui.print.badges");
        ButtonType a6 = new ButtonType(messages.label("training.print.badgeSize", BadgeSize.A6_FOUR_ON_A4),
                ButtonBar.ButtonData.YES);
        ButtonType card = new ButtonType(messages.label("training.print.badgeSize", BadgeSize.ID_1),
                ButtonBar.ButtonData.NO);
        Optional<ButtonType> answer = tasks.dialogs().choose(tasks.window(), "trBadgeSize", title,
                messages.get("training.ui.print.badgeQuestion"), a6, card, tasks.dialogs().cancel());
        if (answer.isEmpty() || answer.get() != a6 && answer.get() != card) {
            return;
        }
        BadgeSize size = answer.get() == a6 ? BadgeSize.A6_FOUR_ON_A4 : BadgeSize.ID_1;
        files.save(tasks.window(), title, FileDialogs.FileKind.PDF, messages.get("training.ui.print.badgeFile")
                + ".pdf").ifPresent(path -> tasks.runLong(title, progress -> {
                    ForumProfile profile = forum.profile();
                    var badges = TrainingPapers.badges(detail, words.title(detail.event()),
                            training.attendance(detail.event().id()).people());
                    if (badges.isEmpty()) {
                        return null;
                    }
                    new AtomicFileWriter().write(path, out -> new BadgePdf(profile.letterhead()).write(badges, size,
                            out, progress));
                    return path;
                }, written -> {
                    if (written == null) {
                        tasks.dialogs().info(tasks.window(), title, messages.get("training.ui.print.noBadges"));
                    } else {
                        notice("training.ui.print.badgesWritten", written);
                    }
                }));
    }

    /**
     * Issues the certificates not issued yet (numbers are given once, in the order registered), then asks one PDF
     * or a folder, and writes the batch in the background.
     */
    void certificates(EventDetail detail, Runnable issued) {
        String title = messages.get("training.ui.print.certificates");
        tasks.run(title, progress -> training.issueCertificates(detail.event().id()), result -> {
            if (result instanceof SaveResult.Saved<List<IssuedCertificate>> saved) {
                issued.run();
                if (saved.value().isEmpty()) {
                    tasks.dialogs().info(tasks.window(), title, messages.get("training.ui.print.noCertificates"));
                } else {
                    chooseTarget(detail, saved.value());
                }
            } else if (result instanceof SaveResult.Invalid<List<IssuedCertificate>> invalid) {
                tasks.dialogs().error(tasks.window(), title, words.errors(invalid.validation().errors()));
            } else if (result instanceof SaveResult.Conflict) {
                tasks.dialogs().error(tasks.window(), title, messages.get("training.ui.event.gone"));
            }
        });
    }

    private void chooseTarget(EventDetail detail, List<IssuedCertificate> issued) {
        String title = messages.get("training.ui.print.certificates");
        ButtonType one = new ButtonType(messages.get("training.ui.print.onePdf"), ButtonBar.ButtonData.YES);
        ButtonType each = new ButtonType(messages.get("training.ui.print.folder"), ButtonBar.ButtonData.NO);
        Optional<ButtonType> answer = tasks.dialogs().choose(tasks.window(), "trCertificateTarget", title,
                messages.get("training.ui.print.certificateQuestion", issued.size()), one, each,
                tasks.dialogs().cancel());
        if (answer.isPresent() && answer.get() == one) {
            files.save(tasks.window(), title, FileDialogs.FileKind.PDF, messages.get(
                    "training.ui.print.certificateFile") + ".pdf").ifPresent(path -> tasks.runLong(
                    messages.get("training.ui.print.certificatesProgress", issued.size()), progress -> {
                        ForumProfile profile = forum.profile();
                        return new CertificateBatch(TrainingPapers.issuer(profile)).writeOne(
                                TrainingPapers.certificates(profile, detail, issued), path, progress);
                    }, written -> notice("training.ui.print.certificatesWritten", written)));
        } else if (answer.isPresent() && answer.get() == each) {
            folders.choose(tasks.window(), title).ifPresent(folder -> tasks.runLong(
                    messages.get("training.ui.print.certificatesProgress", issued.size()), progress -> {
                        ForumProfile profile = forum.profile();
                        new CertificateBatch(TrainingPapers.issuer(profile)).writeEach(
                                TrainingPapers.certificates(profile, detail, issued), folder, progress);
                        return folder;
                    }, written -> notice("training.ui.print.certificatesFolder", written)));
        }
    }

    private void notice(String key, Path written) {
        new FileWrittenNotice(messages, opener).show(tasks.window(), messages.get(key), written, true);
    }
}
