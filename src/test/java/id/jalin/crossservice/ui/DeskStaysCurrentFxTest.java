package id.jalin.crossservice.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.jalin.app.TestApp;
import id.jalin.crossservice.domain.Card;
import id.jalin.crossservice.domain.CardHolder;
import id.jalin.crossservice.domain.CrossServices;
import id.jalin.crossservice.domain.HolderKind;
import id.jalin.crossservice.domain.VisitAnnouncement;
import id.jalin.kernel.i18n.Language;
import id.jalin.kernel.money.Money;
import id.jalin.kernel.ui.Snapshots;
import id.jalin.kernel.validation.SaveResult;
import id.jalin.member.domain.Libraries;
import id.jalin.member.domain.Library;
import id.jalin.member.domain.Member;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The desk shows what the database holds now: new announcements, and today's arrivals after a host or language switch. */
@ExtendWith(ApplicationExtension.class)
class DeskStaysCurrentFxTest {
    private TestApp app;
    private Library host;
    private Library home;
    private CardHolder second;
    private Card card;

    @Start
    void start(Stage stage) {
        app = new TestApp();
        home = saved(app.context.members().save(Member.of(Libraries.library("UNPAD", "Perpustakaan Universitas Padjadjaran"))));
        host = saved(app.context.members().save(Member.of(Libraries.library("ITB", "Perpustakaan Pusat ITB"))));
        CrossServices cross = app.context.crossService();
        CardHolder holder = holder(cross, "140410220031", "Rina Kartika Sari");
        second = holder(cross, "140410220032", "Asep Saepudin");
        LocalDate today = cross.cards().today();
        card = ((SaveResult.Saved<Card>) cross.cards().issue(holder, today, today.plusMonths(6), Money.of(25_000), "KW-001"))
                .value();
        // Only holders with a valid card may be announced; the second is announced later, by the test.
        cross.cards().issue(second, today, today.plusMonths(6), Money.of(25_000), "KW-002");
        cross.visits().announce(VisitAnnouncement.of(holder.id(), host.id(), today, today, "Membaca jurnal"));
        app.show(stage, Language.INDONESIAN);
        app.window.show("crossService");
    }

    private CardHolder holder(CrossServices cross, String number, String name) {
        return ((SaveResult.Saved<CardHolder>) cross.holders().save(CardHolder.newHolder(home.id(), number, name,
                "Ilmu Perpustakaan", HolderKind.STUDENT, "", ""))).value();
    }

    private static Library saved(SaveResult<Member> outcome) {
        return ((SaveResult.Saved<Member>) outcome).value().library();
    }

    @AfterEach
    void close() {
        app.close();
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
    }

    private void openDeskAtItb(FxRobot robot) throws Exception {
        robot.clickOn("Meja kedatangan");
        ComboBox<Library> hosts = robot.lookup("#deskHost").queryComboBox();
        waitUntil(() -> hosts.getItems().size() == 2);
        robot.clickOn(hosts).clickOn("Perpustakaan Pusat ITB (ITB)");
        WaitForAsyncUtils.waitForFxEvents();
    }

    private ListView<?> expected(FxRobot robot) {
        return robot.lookup("#expectedVisitors").queryListView();
    }

    @Test
    void expectedVisitorsFollowAnAnnouncementMadeMeanwhile(FxRobot robot) throws Exception {
        openDeskAtItb(robot);
        waitUntil(() -> expected(robot).getItems().size() == 1);

        robot.clickOn("Pemberitahuan kunjungan");
        LocalDate today = app.context.crossService().visits().today();
        app.context.crossService().visits().announce(VisitAnnouncement.of(second.id(), host.id(), today, today,
                "Diskusi skripsi"));
        robot.clickOn("Meja kedatangan");

        waitUntil(() -> expected(robot).getItems().size() == 2);
    }

    @Test
    void todaysArrivalsAndTheTabStayAfterSwitchingHostAndLanguage(FxRobot robot) throws Exception {
        openDeskAtItb(robot);
        robot.clickOn("#scanField").write(card.number().digits()).type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#deskLog").queryTableView().getItems().size() == 1);

        ComboBox<Library> hosts = robot.lookup("#deskHost").queryComboBox();
        robot.interact(() -> hosts.setValue(home));
        waitUntil(() -> robot.lookup("#deskLog").queryTableView().getItems().isEmpty());
        robot.interact(() -> hosts.setValue(hosts.getItems().stream().filter(l -> l.code().equals("ITB"))
                .findFirst().orElseThrow()));
        waitUntil(() -> robot.lookup("#deskLog").queryTableView().getItems().size() == 1);
        Snapshots.save(hosts.getScene(), "arrival-desk-after-host-switch");

        robot.clickOn("Tampilan").clickOn("Bahasa").clickOn("English");

        waitUntil(() -> isDeskTabSelected(robot));
        TableView<?> log = robot.lookup("#deskLog").queryTableView();
        waitUntil(() -> log.getItems().size() == 1);
        assertThat(robot.lookup("#deskHost").queryComboBox().getValue()).extracting(l -> ((Library) l).code())
                .isEqualTo("ITB");
        assertThat(log.getColumns().get(3).getCellData(0)).isEqualTo("Welcome");
    }

    private static boolean isDeskTabSelected(FxRobot robot) {
        TabPane tabs = robot.lookup("#crossServiceTabs").queryAs(TabPane.class);
        return tabs.getSelectionModel().getSelectedItem() != null
                && "deskTab".equals(tabs.getSelectionModel().getSelectedItem().getId())
                && "Arrival desk".equals(tabs.getSelectionModel().getSelectedItem().getText());
    }
}
