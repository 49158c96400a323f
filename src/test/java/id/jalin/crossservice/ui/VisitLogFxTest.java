package id.jalin.crossservice.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.jalin.app.TestApp;
import id.jalin.crossservice.domain.Card;
import id.jalin.crossservice.domain.CardHolder;
import id.jalin.crossservice.domain.CrossServices;
import id.jalin.crossservice.domain.HolderKind;
import id.jalin.crossservice.domain.VisitLogEntry;
import id.jalin.kernel.i18n.Language;
import id.jalin.kernel.money.Money;
import id.jalin.kernel.ui.Snapshots;
import id.jalin.kernel.validation.SaveResult;
import id.jalin.member.domain.Libraries;
import id.jalin.member.domain.Library;
import id.jalin.member.domain.Member;
import id.jalin.kernel.validation.SaveResult;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The visit log in the reports: a page at a time, newest first, searched in the database. */
@ExtendWith(ApplicationExtension.class)
class VisitLogFxTest {
    private TestApp app;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = new TestApp();
    }

    /** 60 scans at ITB today, every fifth of Rina's card; stored off the FX thread, then the window is shown. */
    private void scansThenShow() throws Exception {
        Library home = saved(app.context.members().save(Member.of(Libraries.library("UNPAD",
                "Perpustakaan Universitas Padjadjaran"))));
        Library host = saved(app.context.members().save(Member.of(Libraries.library("ITB", "Perpustakaan Pusat ITB"))));
        CrossServices cross = app.context.crossService();
        CardHolder holder = ((SaveResult.Saved<CardHolder>) cross.holders().save(CardHolder.newHolder(home.id(),
                "140410220031", "Rina Kartika Sari", "Ilmu Perpustakaan", HolderKind.STUDENT, "", ""))).value();
        LocalDate today = cross.cards().today();
        Card card = ((SaveResult.Saved<Card>) cross.cards().issue(holder, today, today.plusMonths(6), Money.of(25_000),
                "KW-001")).value();
        for (int i = 0; i < 60; i++) {
            cross.visits().recordArrival(i % 5 == 0 ? card.number().digits() : "99" + (1000 + i), host.id());
        }
        WaitForAsyncUtils.asyncFx(() -> {
            app.show(stage, Language.INDONESIAN);
            app.window.show("crossService");
        }).get();
    }

    private static Library saved(SaveResult<Member> outcome) {
        return ((SaveResult.Saved<Member>) outcome).value().library();
    }

    @AfterEach
    void close() {
        app.close();
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
    }

    @Test
    void theLogShowsAPageAndASearchByNameFindsThatHoldersVisits(FxRobot robot) throws Exception {
        scansThenShow();
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Laporan kunjungan");
        TableView<VisitLogEntry> log = robot.lookup("#visitLog").queryTableView();
        Label range = robot.lookup("#logPageRange").queryAs(Label.class);
        waitUntil(() -> "1\u201350 dari 60".equals(range.getText()));
        assertThat(log.getItems()).hasSize(50);

        robot.clickOn("#logSearch").write("kartika");

        waitUntil(() -> "1\u201312 dari 12".equals(range.getText()));
        assertThat(log.getItems()).allSatisfy(e -> assertThat(e.holderName()).isEqualTo("Rina Kartika Sari"));
        WaitForAsyncUtils.asyncFx(() -> robot.lookup("#visitReports").queryAs(javafx.scene.control.ScrollPane.class)
                .setVvalue(1)).get();
        WaitForAsyncUtils.waitForFxEvents();
        Snapshots.save(stage.getScene(), "visit-log-searched");
    }
}
