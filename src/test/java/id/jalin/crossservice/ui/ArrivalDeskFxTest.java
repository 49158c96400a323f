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
import id.jalin.member.domain.MemberStatus;
import id.jalin.kernel.validation.SaveResult;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
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

/** The host library's desk: a scanner types the number and Enter; the verdict shows and the arrival is logged. */
@ExtendWith(ApplicationExtension.class)
class ArrivalDeskFxTest {
    private TestApp app;
    private Library host;
    private Card card;

    @Start
    void start(Stage stage) {
        app = new TestApp();
        Library home = saved(app.context.members().save(Member.of(Libraries.library("UNPAD", "Perpustakaan Universitas Padjadjaran"))));
        host = saved(app.context.members().save(Member.of(Libraries.library("ITB", "Perpustakaan Pusat ITB"))));
        CrossServices cross = app.context.crossService();
        CardHolder holder = ((SaveResult.Saved<CardHolder>) cross.holders().save(CardHolder.newHolder(home.id(), "140410220031",
                "Rina Kartika Sari", "Ilmu Perpustakaan", HolderKind.STUDENT, "", ""))).value();
        LocalDate today = cross.cards().today();
        card = ((SaveResult.Saved<Card>) cross.cards().issue(holder, today, today.plusMonths(6), Money.of(25_000), "KW-001"))
                .value();
        cross.visits().announce(VisitAnnouncement.of(holder.id(), host.id(), today, today, "Membaca jurnal"));
        app.show(stage, Language.INDONESIAN);
        app.window.show("crossService");
    }

    private static Library saved(SaveResult<Member> outcome) {
        return ((SaveResult.Saved<Member>) outcome).value().library();
    }

    @AfterEach
    void close() {
        app.close();
    }

    private void chooseHost(FxRobot robot) throws Exception {
        robot.clickOn("Meja kedatangan");
        ComboBox<Library> hosts = robot.lookup("#deskHost").queryComboBox();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> hosts.getItems().size() == 2);
        robot.clickOn(hosts).clickOn("Perpustakaan Pusat ITB (ITB)");
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String scan(FxRobot robot, String text, int expectedRows) throws Exception {
        robot.clickOn("#scanField").write(text).type(KeyCode.ENTER);
        TableView<?> log = robot.lookup("#deskLog").queryTableView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> log.getItems().size() == expectedRows);
        return robot.lookup("#verdictHeadline").queryAs(Label.class).getText();
    }

    @Test
    void announcedVisitorWithAValidCardIsWelcomedAndLogged(FxRobot robot) throws Exception {
        chooseHost(robot);

        String headline = scan(robot, card.number().digits(), 1);

        assertThat(headline).startsWith("Selamat datang");
        assertThat(robot.lookup("#verdictDetails").queryAs(Label.class).getText()).contains("Rina Kartika Sari");
        assertThat(robot.lookup("#scanField").queryTextInputControl().getText()).isEmpty();
        assertThat(robot.lookup("#scanField").query().isFocused()).isTrue();
        assertThat(app.context.crossService().visits().arrivals(TestApp.TODAY.minusDays(1), TestApp.TODAY.plusDays(1)))
                .singleElement().satisfies(a -> assertThat(a.hostLibraryId()).isEqualTo(host.id()));
        Snapshots.save(robot.lookup("#deskLog").query().getScene(), "arrival-desk");
    }

    @Test
    void aHolderWhoseHomeLibraryIsSuspendedIsRefusedWithThatReason(FxRobot robot) throws Exception {
        Library home = app.context.members().member(homeId()).orElseThrow().library();
        assertThat(app.context.members().save(Member.of(new Library(home.id(), home.version(), home.code(),
                home.name(), home.institution(), home.kind(), home.address(), home.city(), home.province(),
                home.phone(), home.email(), home.website(), home.joinedOn(), MemberStatus.SUSPENDED,
                home.duesClass(), home.yearlyDues(), home.collectionTitles(), home.notes()))))
                .isInstanceOf(SaveResult.Saved.class);
        chooseHost(robot);

        String headline = scan(robot, card.number().digits(), 1);

        assertThat(headline).isEqualTo("Kartu berlaku, tetapi keanggotaan perpustakaan asalnya di forum sedang"
                + " dibekukan: tidak dilayani.");
        assertThat(robot.lookup("#verdictPanel").query().getStyleClass()).contains("verdict-refused");
        TableView<ArrivalDeskViewModel.LoggedScan> log = robot.lookup("#deskLog").queryTableView();
        assertThat(log.getItems()).extracting(s -> s.verdict().name())
                .containsExactly("HOME_LIBRARY_SUSPENDED");
        Snapshots.save(robot.lookup("#deskLog").query().getScene(), "arrival-desk-home-suspended");
    }

    private long homeId() {
        return app.context.crossService().holders().holder(card.holderId()).orElseThrow().homeLibraryId();
    }

    @Test
    void mistypedNumberIsCaughtByTheCheckDigitAndUnknownNumbersAreSaidSo(FxRobot robot) throws Exception {
        chooseHost(robot);
        String digits = card.number().digits();
        char last = digits.charAt(digits.length() - 1);
        String mistyped = digits.substring(0, digits.length() - 1) + (char) ('0' + (last - '0' + 1) % 10);

        assertThat(scan(robot, mistyped, 1)).contains("Digit pemeriksa salah");
        assertThat(scan(robot, "bukan-kartu", 2)).isEqualTo("Nomor kartu tidak dikenal.");
        TableView<ArrivalDeskViewModel.LoggedScan> log = robot.lookup("#deskLog").queryTableView();
        assertThat(log.getItems()).extracting(s -> s.verdict().name())
                .containsExactly("UNKNOWN_NUMBER", "BAD_CHECK_DIGIT");
    }
}
