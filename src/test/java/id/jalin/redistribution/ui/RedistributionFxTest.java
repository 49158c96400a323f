package id.jalin.redistribution.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.jalin.app.TestApp;
import id.jalin.kernel.access.Permissions;
import id.jalin.kernel.access.TestActors;
import id.jalin.kernel.audit.JooqAuditTrail;
import id.jalin.kernel.i18n.Language;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.ui.Snapshots;
import id.jalin.kernel.validation.SaveResult;
import id.jalin.member.domain.Libraries;
import id.jalin.member.domain.Member;
import id.jalin.redistribution.data.JooqRedistributionRepository;
import id.jalin.redistribution.domain.AllocationRule;
import id.jalin.redistribution.domain.Claim;
import id.jalin.redistribution.domain.ClaimRow;
import id.jalin.redistribution.domain.ClaimState;
import id.jalin.redistribution.domain.OfferRow;
import id.jalin.redistribution.domain.OfferStatus;
import id.jalin.redistribution.domain.RedistributionMember;
import id.jalin.redistribution.domain.SurplusRedistribution;
import id.jalin.redistribution.domain.TransferredHolding;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Surplus books in the real screen, each library at its own desk: UNPAD offers three copies to smaller libraries
 * first, ITB asks too many and is told so next to the field, ITB and UPI claim, the closing date passes, UNPAD
 * allocates (UPI, the smaller, first) and ships, UPI receives, and the lists follow each state.
 */
@ExtendWith(ApplicationExtension.class)
class RedistributionFxTest {
    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    private final MovableClock clock = new MovableClock(TestApp.CLOCK.instant());
    private final List<TransferredHolding> moved = new CopyOnWriteArrayList<>();
    private TestApp app;
    private Stage stage;
    private SurplusRedistribution service;
    private RedistributionFeature feature;
    private long unpad;
    private long itb;
    private long upi;

    /** The days pass in the test: claims close, then the allocation may be made. */
    private static final class MovableClock extends Clock {
        private volatile Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return JAKARTA;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = new TestApp();
        unpad = saved("UNPAD", "Perpustakaan Universitas Padjadjaran");
        itb = saved("ITB", "Perpustakaan Pusat Institut Teknologi Bandung");
        upi = saved("UPI", "UPT Perpustakaan Universitas Pendidikan Indonesia");
        List<RedistributionMember> register = List.of(
                new RedistributionMember(unpad, "UNPAD", "Perpustakaan Universitas Padjadjaran", 250_000, true),
                new RedistributionMember(itb, "ITB", "Perpustakaan Pusat Institut Teknologi Bandung", 300_000, true),
                new RedistributionMember(upi, "UPI", "UPT Perpustakaan Universitas Pendidikan Indonesia", 40_000,
                        true));
        service = new SurplusRedistribution(new JooqRedistributionRepository(app.database.dsl(),
                new JooqAuditTrail(app.signedIn, clock)), () -> register, moved::add, clock,
                new Permissions(app.signedIn));
        feature = new RedistributionFeature(service, app.context.forum(), app.context.executor(),
                app.context.files(), file -> true, featureId -> { });
        stage.setWidth(1280);
        stage.setHeight(800);
        stage.show();
    }

    private long saved(String code, String name) {
        return ((SaveResult.Saved<Member>) app.context.members().save(Member.of(Libraries.library(code, name))))
                .value().library().id();
    }

    @AfterEach
    void close() {
        app.close();
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
    }

    /** The screen as the staff of one library sees it. */
    private void deskOf(FxRobot robot, long library, Language language) throws Exception {
        robot.interact(() -> {
            app.signInAs(TestActors.staffOf(library));
            stage.setScene(new Scene((Parent) feature.createView(new Messages(language)), 1280, 800));
        });
        waitUntil(() -> robot.lookup("#redistributionDesk").tryQuery()
                .map(node -> ((ComboBox<?>) node).getValue() != null).orElse(false));
    }

    @SuppressWarnings("unchecked")
    private static <T> TableView<T> table(FxRobot robot, String id) {
        return (TableView<T>) robot.lookup("#" + id).queryTableView();
    }

    private static void select(FxRobot robot, TableView<?> table, int index) {
        robot.interact(() -> table.getSelectionModel().select(index));
    }

    private static void write(FxRobot robot, String id, String text) {
        TextField field = robot.lookup("#" + id).queryAs(TextField.class);
        robot.interact(() -> field.setText(text));
    }

    private static void clickEnabled(FxRobot robot, String id) throws Exception {
        waitUntil(() -> !robot.lookup("#" + id).queryAs(Button.class).isDisabled());
        robot.clickOn("#" + id);
    }

    /** Presses a dialog's button by its words (the confirmations have no ids of their own). */
    private static void answer(FxRobot robot, String words) throws Exception {
        waitUntil(() -> robot.lookup((Node n) -> n instanceof Button b && words.equals(b.getText())
                && b.getParent() != null && isInDialog(b)).tryQuery().isPresent());
        robot.clickOn(robot.lookup((Node n) -> n instanceof Button b && words.equals(b.getText())
                && isInDialog(b)).queryAs(Button.class));
    }

    private static boolean isInDialog(Node node) {
        return paneOf(node) != null;
    }

    private static DialogPane paneOf(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (at instanceof DialogPane pane) {
                return pane;
            }
        }
        return null;
    }

    /** Presses a button of the confirmation over the form (both have a Cancel). */
    private static void answerConfirmation(FxRobot robot, String words) throws Exception {
        java.util.function.Predicate<Node> wanted = n -> n instanceof Button b && words.equals(b.getText())
                && paneOf(b) != null && !"offerDialog".equals(paneOf(b).getId());
        waitUntil(() -> robot.lookup(wanted).tryQuery().isPresent());
        robot.clickOn(robot.lookup(wanted).queryAs(Button.class));
    }

    private void claimFirstOpenOffer(FxRobot robot, String copies) throws Exception {
        TableView<OfferRow> open = table(robot, "redistributionOpenTable");
        waitUntil(() -> open.getItems().size() == 1);
        select(robot, open, 0);
        clickEnabled(robot, "redistributionClaim");
        waitUntil(() -> robot.lookup("#claimCopies").tryQuery().isPresent());
        write(robot, "claimCopies", copies);
        robot.clickOn("#claimDialogOk");
    }

    @Test
    void anOfferIsPostedClaimedAllocatedShippedAndReceived(FxRobot robot) throws Exception {
        deskOf(robot, unpad, Language.ENGLISH);
        clickEnabled(robot, "redistributionPost");
        waitUntil(() -> robot.lookup("#offerTitle").tryQuery().isPresent());
        write(robot, "offerTitle", "Pengantar Ilmu Perpustakaan");
        write(robot, "offerAuthor", "Sulistyo-Basuki");
        write(robot, "offerYear", "1991");
        write(robot, "offerCopies", "3");
        ComboBox<AllocationRule> rule = robot.lookup("#offerRule").queryComboBox();
        robot.interact(() -> rule.setValue(AllocationRule.SMALLER_FIRST));
        robot.interact(() -> robot.lookup("#offerClosing").queryAs(javafx.scene.control.DatePicker.class)
                .setValue(service.today()));
        Snapshots.save(robot.lookup("#offerDialog").query().getScene(), "redistribution-offer-en");
        robot.clickOn("#offerDialogOk");
        robot.clickOn("#redistributionTabOurs");
        TableView<OfferRow> ours = table(robot, "redistributionOursTable");
        waitUntil(() -> ours.getItems().size() == 1);
        assertThat(ours.getItems().get(0).offer().status()).isEqualTo(OfferStatus.OPEN);
        // its own offer is not one UNPAD can claim
        TableView<OfferRow> open = table(robot, "redistributionOpenTable");
        robot.clickOn("#redistributionTabOpen");
        waitUntil(() -> open.getItems().size() == 1);
        select(robot, open, 0);
        assertThat(robot.lookup("#redistributionClaim").queryAs(Button.class).isDisabled()).isTrue();

        deskOf(robot, itb, Language.ENGLISH);
        claimFirstOpenOffer(robot, "5");
        waitUntil(() -> robot.lookup("#copiesError").queryAs(Label.class).isVisible()
                && "Only 3 copies are offered.".equals(robot.lookup("#copiesError").queryAs(Label.class).getText()));
        Snapshots.save(robot.lookup("#claimDialog").query().getScene(), "redistribution-claim-refused-en");
        assertThat(service.claims(ours.getItems().get(0).offer().id())).isEmpty();
        write(robot, "claimCopies", "2");
        robot.clickOn("#claimDialogOk");
        robot.clickOn("#redistributionTabClaims");
        TableView<ClaimRow> claims = table(robot, "redistributionClaimTable");
        waitUntil(() -> claims.getItems().size() == 1);
        assertThat(claims.getItems().get(0).claim().state()).isEqualTo(ClaimState.WAITING);
        Snapshots.save(stage.getScene(), "redistribution-claims-en");

        deskOf(robot, upi, Language.INDONESIAN);
        claimFirstOpenOffer(robot, "2");
        robot.clickOn("#redistributionTabClaims");
        TableView<ClaimRow> upiClaims = table(robot, "redistributionClaimTable");
        waitUntil(() -> upiClaims.getItems().size() == 1);

        clock.advance(Duration.ofDays(1));
        deskOf(robot, unpad, Language.ENGLISH);
        robot.clickOn("#redistributionTabOurs");
        TableView<OfferRow> unpadOffers = table(robot, "redistributionOursTable");
        waitUntil(() -> unpadOffers.getItems().size() == 1);
        select(robot, unpadOffers, 0);
        assertThat(robot.lookup("#redistributionShip").queryAs(Button.class).isDisabled()).isTrue();
        clickEnabled(robot, "redistributionAllocate");
        answer(robot, "Allocate now");
        waitUntil(() -> unpadOffers.getItems().size() == 1
                && unpadOffers.getItems().get(0).offer().status() == OfferStatus.CLOSED);
        select(robot, unpadOffers, 0);
        TableView<Claim> onOffer = table(robot, "redistributionOfferClaims");
        waitUntil(() -> onOffer.getItems().size() == 2
                && onOffer.getItems().stream().allMatch(c -> c.state() == ClaimState.AGREED));
        // the smaller library first: UPI gets the 2 it asked for, ITB the 1 left
        assertThat(onOffer.getItems()).anySatisfy(c -> {
            assertThat(c.claimantId()).isEqualTo(upi);
            assertThat(c.allocated()).isEqualTo(2);
        }).anySatisfy(c -> {
            assertThat(c.claimantId()).isEqualTo(itb);
            assertThat(c.allocated()).isEqualTo(1);
        });
        int toUpi = onOffer.getItems().stream().filter(c -> c.claimantId() == upi).findFirst()
                .map(onOffer.getItems()::indexOf).orElseThrow();
        select(robot, onOffer, toUpi);
        clickEnabled(robot, "redistributionShip");
        waitUntil(() -> robot.lookup("#handOverShipment").tryQuery().isPresent());
        write(robot, "handOverShipment", "JNE 0123456789");
        robot.clickOn("#handOverDialogOk");
        waitUntil(() -> onOffer.getItems().stream().anyMatch(c -> c.state() == ClaimState.SHIPPED));
        Snapshots.save(stage.getScene(), "redistribution-ours-en");

        deskOf(robot, upi, Language.INDONESIAN);
        robot.clickOn("#redistributionTabClaims");
        TableView<ClaimRow> received = table(robot, "redistributionClaimTable");
        waitUntil(() -> received.getItems().size() == 1
                && received.getItems().get(0).claim().state() == ClaimState.SHIPPED);
        select(robot, received, 0);
        clickEnabled(robot, "redistributionReceive");
        waitUntil(() -> robot.lookup("#handOverDate").tryQuery().isPresent());
        robot.clickOn("#handOverDialogOk");
        waitUntil(() -> received.getItems().size() == 1
                && received.getItems().get(0).claim().state() == ClaimState.RECEIVED);
        Snapshots.save(stage.getScene(), "redistribution-claims-id");
        assertThat(moved).singleElement().satisfies(holding -> {
            assertThat(holding.giverId()).isEqualTo(unpad);
            assertThat(holding.receiverId()).isEqualTo(upi);
            assertThat(holding.copies()).isEqualTo(2);
        });
        robot.clickOn("#redistributionTabHistory");
        TableView<OfferRow> history = table(robot, "redistributionHistoryTable");
        waitUntil(() -> history.getItems().size() == 1);
        Snapshots.save(stage.getScene(), "redistribution-history-id");

        // ITB's hand-over list: the one copy UNPAD agreed to send it, written through the file chooser
        deskOf(robot, itb, Language.ENGLISH);
        java.nio.file.Path list = java.nio.file.Files.createTempDirectory("handover").resolve("itb.pdf");
        app.files.answer(list);
        clickEnabled(robot, "redistributionPrint");
        waitUntil(() -> java.nio.file.Files.exists(list) && java.nio.file.Files.size(list) > 0);
        try (var document = org.apache.pdfbox.Loader.loadPDF(list.toFile())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            assertThat(text).contains("HAND-OVER LIST", "Pengantar Ilmu Perpustakaan", "UNPAD");
        }
        java.nio.file.Files.copy(list, java.nio.file.Path.of("target", "redistribution-handover-itb.pdf"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void typingInANewOfferIsNotThrownAwayByCancelUnasked(FxRobot robot) throws Exception {
        deskOf(robot, itb, Language.INDONESIAN);
        clickEnabled(robot, "redistributionPost");
        waitUntil(() -> robot.lookup("#offerTitle").tryQuery().isPresent());
        write(robot, "offerTitle", "Katalogisasi Subjek");
        Snapshots.save(robot.lookup("#offerDialog").query().getScene(), "redistribution-offer-id");
        answer(robot, "Batal");
        // asked first; keeping the typing brings the form back as it was
        answerConfirmation(robot, "Batal");
        waitUntil(() -> robot.lookup("#offerTitle").tryQuery().isPresent());
        assertThat(robot.lookup("#offerTitle").queryAs(TextField.class).getText()).isEqualTo("Katalogisasi Subjek");
        answer(robot, "Batal");
        answerConfirmation(robot, "Buang");
        waitUntil(() -> robot.lookup("#offerTitle").tryQuery().isEmpty());
        assertThat(service.offersOf(itb, id.jalin.kernel.paging.PageRequest.first(
                id.jalin.redistribution.domain.OfferSort.POSTED)).rows()).isEmpty();
    }


    @Test
    void offersAreImportedInTheBackgroundAndTheRowsSetAsideAreReported(FxRobot robot) throws Exception {
        java.nio.file.Path file = java.nio.file.Files.createTempDirectory("offers").resolve("surplus.csv");
        java.nio.file.Files.writeString(file, "title,copies,condition,reason\n"
                + "Katalogisasi Subjek,2,good,duplicate\n"
                + "Bibliografi Nasional,0,worn,weeded\n");
        deskOf(robot, itb, Language.ENGLISH);
        app.files.answer(file);
        clickEnabled(robot, "redistributionImport");
        waitUntil(() -> robot.lookup("#offerImportReport").tryQuery().isPresent());
        Snapshots.save(robot.lookup("#offerImportReport").query().getScene(), "redistribution-import-en");
        assertThat(robot.lookup((Node n) -> n instanceof Label label && label.getText() != null
                && label.getText().startsWith("1 offer posted, 1 row not imported")).tryQuery()).isPresent();
        assertThat(service.offersOf(itb, id.jalin.kernel.paging.PageRequest.first(
                id.jalin.redistribution.domain.OfferSort.POSTED)).rows()).singleElement()
                .satisfies(row -> assertThat(row.offer().title()).isEqualTo("Katalogisasi Subjek"));
    }

}
