package id.jalin.app;

import static org.assertj.core.api.Assertions.assertThat;

import id.jalin.acquisition.domain.PurchaseRound;
import id.jalin.acquisition.domain.SplitRule;
import id.jalin.kernel.i18n.Language;
import id.jalin.kernel.money.Money;
import id.jalin.kernel.ui.AttentionLine;
import id.jalin.kernel.validation.SaveResult;
import id.jalin.loan.domain.ItemKind;
import id.jalin.loan.domain.LoanAction;
import id.jalin.loan.domain.LoanRequest;
import id.jalin.loan.domain.LoanStep;
import id.jalin.loan.domain.NewLoanRequest;
import id.jalin.loan.domain.Patron;
import id.jalin.loan.domain.PatronKind;
import id.jalin.loan.domain.RequestedItem;
import id.jalin.loan.domain.ServiceKind;
import id.jalin.member.domain.Libraries;
import id.jalin.member.domain.Member;
import id.jalin.redistribution.domain.AllocationRule;
import id.jalin.redistribution.domain.ItemCondition;
import id.jalin.redistribution.domain.OfferRow;
import id.jalin.redistribution.domain.RedistributionMember;
import id.jalin.redistribution.domain.SurplusOffer;
import id.jalin.redistribution.domain.SurplusReason;
import id.jalin.training.domain.EventKind;
import id.jalin.training.domain.TrainingEvent;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The start screen in the real window: what needs attention across the forum's work in one list, earliest first, the
 * late lines marked, in both languages; a line opens its own screen on that very item, even when it is not the first
 * of its list (and, for surplus books to share out, at the giver's desk).
 */
@ExtendWith(ApplicationExtension.class)
class HomeAttentionFxTest {
    private TestApp app;
    private Stage stage;
    private long upi;
    private long itb;
    private LoanRequest overdue;
    private SurplusOffer offer;
    private id.jalin.crossservice.domain.CardHolder ending;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = new TestApp();
        upi = saved(app.context.members().save(Member.of(Libraries.library("UPI", "Perpustakaan UPI")))).library().id();
        itb = saved(app.context.members().save(Member.of(Libraries.library("ITB", "Perpustakaan ITB")))).library().id();
        var training = app.context.training();
        saved(training.createEvent(TrainingEvent.planned(EventKind.SEMINAR, "Seminar Literasi Informasi", "",
                upi, "Aula UPI", TestApp.TODAY.plusDays(5), TestApp.TODAY.plusDays(5), TestApp.TODAY.plusDays(3), 40, null, Money.ZERO, "",
                "Rina", "0812", "rina@upi.edu")));
        saved(training.createEvent(TrainingEvent.planned(EventKind.WORKSHOP, "Lokakarya Katalogisasi", "",
                upi, "Aula UPI", TestApp.TODAY.plusDays(20), TestApp.TODAY.plusDays(20), TestApp.TODAY.plusDays(15), 40, null, Money.ZERO,
                "", "Rina", "0812", "rina@upi.edu")));
        var acquisition = app.context.acquisition();
        saved(acquisition.openRound(PurchaseRound.draft("Pengadaan Bersama 2027", itb, Money.of(50_000_000),
                TestApp.TODAY.plusDays(10), SplitRule.EQUAL, Map.of(itb, 1L, upi, 1L))));
        saved(acquisition.openRound(PurchaseRound.draft("Pengadaan Jurnal 2027", itb, Money.of(20_000_000),
                TestApp.TODAY.plusDays(25), SplitRule.EQUAL, Map.of(itb, 1L, upi, 1L))));
        // surplus books offered a month ago, closed two days ago and not yet shared out by their giver
        var monthAgo = app.context.redistribution().withClock(Clock.offset(TestApp.CLOCK, Duration.ofDays(-30)));
        offer = saved(monthAgo.post(SurplusOffer.of(upi, "Kamus Besar Bahasa Indonesia", "Pusat Bahasa", "", 2008,
                2, ItemCondition.GOOD, SurplusReason.DUPLICATE, AllocationRule.FIRST_COME,
                TestApp.TODAY.minusDays(2), "")));
        // a student whose forum card stops working at the door in twelve days, and one whose card runs on
        var holders = app.context.crossService().holders();
        var cards = app.context.crossService().cards();
        ending = saved(holders.save(id.jalin.crossservice.domain.Holders.student(itb, "13521045",
                "Rizky Aditya Nugraha")));
        saved(cards.issue(ending, TestApp.TODAY.minusMonths(5), TestApp.TODAY.plusDays(12), Money.of(25_000),
                "KW-001"));
        var lasting = saved(holders.save(id.jalin.crossservice.domain.Holders.student(itb, "10222031",
                "Farhan Hidayat")));
        saved(cards.issue(lasting, TestApp.TODAY.minusMonths(5), TestApp.TODAY.plusDays(200), Money.of(25_000),
                "KW-002"));
        // a loan shipped six weeks ago: long past its due date today
        var weeksAgo = app.context.loans().withClock(Clock.offset(TestApp.CLOCK, Duration.ofDays(-42)));
        LoanRequest asked = saved(weeksAgo.request(new NewLoanRequest(upi, new Patron("Rina Wulandari",
                "140110200001", PatronKind.STUDENT), ServiceKind.LOAN, new RequestedItem(null,
                "Pengantar Ilmu Perpustakaan", "Sulistyo-Basuki", "Gramedia", 1991, "", "", ItemKind.BOOK, "", ""),
                "", null, "", List.of(itb))));
        overdue = saved(weeksAgo.take(saved(weeksAgo.take(asked, LoanStep.of(LoanAction.SHIP))),
                LoanStep.of(LoanAction.RECEIVE)));
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void everythingDueIsListedEarliestFirstWithTheLateMarked(FxRobot robot) throws Exception {
        robot.interact(() -> app.show(stage, Language.INDONESIAN));
        TableView<AttentionLine> table = robot.lookup("#attentionTable").queryTableView();
        waitUntil(() -> table.getItems().size() == 7);

        assertThat(table.getItems()).extracting(line -> line.kind() + " | " + line.text()).containsExactly(
                "Pinjaman terlambat | Pengantar Ilmu Perpustakaan \u2014 UPI meminjam dari ITB",
                "Tawaran buku perlu dibagikan | Kamus Besar Bahasa Indonesia \u2014 dari UPI, 2 eks.",
                "Pelatihan dimulai | Seminar Literasi Informasi",
                "Batas usulan pengadaan | Pengadaan Bersama 2027",
                "Kartu silang layan berakhir | ITB: 1 kartu pemegang",
                "Pelatihan dimulai | Lokakarya Katalogisasi",
                "Batas usulan pengadaan | Pengadaan Jurnal 2027");
        assertThat(table.getItems().get(0).reference()).isEqualTo(overdue.number());
        WaitForAsyncUtils.waitForFxEvents();
        List<Object> late = robot.lookup(".table-row-cell.overdue").queryAll().stream()
                .map(row -> (Object) ((TableRow<?>) row).getItem()).toList();
        assertThat(late).containsExactlyInAnyOrder(table.getItems().get(0), table.getItems().get(1));
        assertThat(overdue.dueOn()).isBefore(TestApp.TODAY);
        assertThat(cellTexts(robot, table)).contains(new id.jalin.kernel.i18n.Messages(Language.INDONESIAN)
                .date(overdue.dueOn()), overdue.number());
        id.jalin.kernel.ui.Snapshots.save(stage.getScene(), "home-attention-id");
    }

    @Test
    void theKindsAreInEnglishToo(FxRobot robot) throws Exception {
        robot.interact(() -> app.show(stage, Language.ENGLISH));
        TableView<AttentionLine> table = robot.lookup("#attentionTable").queryTableView();
        waitUntil(() -> table.getItems().size() == 7);

        assertThat(table.getItems()).extracting(AttentionLine::kind).containsExactly("Loan overdue",
                "Book offer to share out", "Training starts", "Acquisition proposals close", "Cross-service cards end",
                "Training starts", "Acquisition proposals close");
        assertThat(table.getItems().get(0).text()).isEqualTo("Pengantar Ilmu Perpustakaan \u2014 UPI borrowing from ITB");
        id.jalin.kernel.ui.Snapshots.save(stage.getScene(), "home-attention-en");
    }

    @Test
    void aLineOpensItsOwnItemEvenWhenItIsNotFirstInItsList(FxRobot robot) throws Exception {
        robot.interact(() -> app.show(stage, Language.ENGLISH));
        TableView<AttentionLine> table = robot.lookup("#attentionTable").queryTableView();
        waitUntil(() -> table.getItems().size() == 7);

        // the events list starts with the latest event; the seminar is its second row
        robot.doubleClickOn(robot.lookup(".table-row-cell").match(row -> isLine(row, "Seminar Literasi Informasi"))
                .<Node>query());
        waitUntil(() -> label(robot, "#trEventHeading").equals("Seminar Literasi Informasi"));

        app.open("home");
        TableView<AttentionLine> again = robot.lookup("#attentionTable").queryTableView();
        waitUntil(() -> again.getItems().size() == 7);
        // the rounds list starts with the latest deadline; the nearer round is its second row
        robot.clickOn(robot.lookup(".table-row-cell").match(row -> isLine(row, "Pengadaan Bersama 2027"))
                .<Node>query());
        robot.clickOn("#openAttentionButton");
        waitUntil(() -> label(robot, "#acqRoundHeading").startsWith("Pengadaan Bersama 2027"));

        app.open("home");
        TableView<AttentionLine> third = robot.lookup("#attentionTable").queryTableView();
        waitUntil(() -> third.getItems().size() == 7);
        robot.doubleClickOn(robot.lookup(".table-row-cell").match(row -> isLine(row, "Pengantar Ilmu Perpustakaan"))
                .<Node>query());
        waitUntil(() -> label(robot, "#loanDetailHeading").startsWith(overdue.number()));

        app.open("home");
        TableView<AttentionLine> fourth = robot.lookup("#attentionTable").queryTableView();
        waitUntil(() -> fourth.getItems().size() == 7);
        // sharing out is the giver's: its desk (not the list's first) on its own offers, the offer chosen
        robot.doubleClickOn(robot.lookup(".table-row-cell").match(row -> isLine(row, "Kamus Besar"))
                .<Node>query());
        waitUntil(() -> robot.lookup("#redistributionOursTable").tryQuery().map(node -> ((TableView<?>) node)
                .getSelectionModel().getSelectedItem()).filter(row -> row instanceof OfferRow chosen
                && chosen.offer().id().equals(offer.id())).isPresent());
        assertThat(robot.lookup("#redistributionDesk").<javafx.scene.control.ComboBox<RedistributionMember>>query()
                .getValue().id()).isEqualTo(upi);
        // its ten columns squeezed into the window, the last one in sight
        TableView<?> oursTable = robot.lookup("#redistributionOursTable").queryTableView();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(oursTable.getColumns().stream().mapToDouble(javafx.scene.control.TableColumn::getWidth).sum())
                .as("the columns against the table's width %s", oursTable.getWidth())
                .isLessThanOrEqualTo(oursTable.getWidth());

        app.open("home");
        TableView<AttentionLine> fifth = robot.lookup("#attentionTable").queryTableView();
        waitUntil(() -> fifth.getItems().size() == 7);
        // the cohort's library (not the register's first) with only the holders whose cards end soon
        robot.doubleClickOn(robot.lookup(".table-row-cell").match(row -> isLine(row, "ITB: 1 holder's card"))
                .<Node>query());
        waitUntil(() -> robot.lookup("#holderTable").tryQuery().map(node -> ((TableView<?>) node).getItems())
                .filter(rows -> rows.size() == 1).isPresent());
        assertThat(robot.lookup("#endingSoonFilter").<javafx.scene.control.CheckBox>query().isSelected()).isTrue();
        assertThat(robot.lookup("#libraryChooser").<javafx.scene.control.ComboBox<id.jalin.member.domain.Library>>query()
                .getValue().id()).isEqualTo(itb);
        assertThat(robot.lookup("#holderTable").<TableView<Object>>query().getItems().get(0).toString())
                .contains("Rizky Aditya Nugraha");
    }

    private static boolean isLine(Node row, String startOfText) {
        return row instanceof TableRow<?> tableRow && tableRow.getItem() instanceof AttentionLine line
                && line.text().startsWith(startOfText);
    }

    private static List<String> cellTexts(FxRobot robot, TableView<?> table) {
        return robot.from(table).lookup(".table-cell").queryAll().stream()
                .map(cell -> ((javafx.scene.control.TableCell<?, ?>) cell).getText()).filter(text -> text != null)
                .toList();
    }

    private static String label(FxRobot robot, String id) {
        return robot.lookup(id).tryQuery().filter(node -> node.getScene() != null)
                .map(node -> ((Label) node).getText()).orElse("");
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
    }

    private static <T> T saved(SaveResult<T> result) {
        assertThat(result).isInstanceOf(SaveResult.Saved.class);
        return ((SaveResult.Saved<T>) result).value();
    }
}
