package id.jalin.crossservice.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.jalin.crossservice.domain.CardHolder;
import id.jalin.crossservice.domain.CardStatus;
import id.jalin.kernel.i18n.Language;
import id.jalin.kernel.ui.Snapshots;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The card holder screen driven like the secretary would. */
@ExtendWith(ApplicationExtension.class)
class CardHolderScreenFxTest {
    private HolderScreenHarness app;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = new HolderScreenHarness();
    }

    private void show(Language language) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> app.show(stage, language)).get();
        waitUntil(() -> app.library.id().equals(
                WaitForAsyncUtils.asyncFx(() -> ((javafx.scene.control.ComboBox<?>) stage.getScene()
                        .lookup("#libraryChooser")).getValue()).get() == null ? null : app.library.id()));
    }

    @AfterEach
    void close() throws Exception {
        app.close();
        // Notices and dialogs a test left open would otherwise answer the next test's lookups.
        org.testfx.api.FxToolkit.cleanupStages();
    }

    private TableView<HolderRow> holders(FxRobot robot) {
        return robot.lookup("#holderTable").queryTableView();
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
    }

    @Test
    void holderAddedThroughTheFormAppearsInTheTableAndIsStored(FxRobot robot) throws Exception {
        show(Language.INDONESIAN);
        robot.clickOn("#addHolderButton");
        robot.clickOn("#numberField").write("2101234");
        robot.clickOn("#nameField").write("Dewi Lestari");
        robot.clickOn("#programmeField").write("S1 Ilmu Perpustakaan");
        robot.clickOn("#emailField").write("dewi.lestari@upi.edu");
        robot.clickOn("#saveHolderButton");

        waitUntil(() -> holders(robot).getItems().stream().anyMatch(r -> r.holder().number().equals("2101234")));
        assertThat(app.holders.holdersOf(app.library.id())).singleElement().satisfies(h -> {
            assertThat(h.name()).isEqualTo("Dewi Lestari");
            assertThat(h.email()).isEqualTo("dewi.lestari@upi.edu");
        });
        waitUntil(() -> "Dewi Lestari".equals(robot.lookup("#holderFormHeading").queryAs(Label.class).getText()));
        Snapshots.save(stage.getScene(), "holder-screen-saved");
    }

    @Test
    void savingAHolderSomeoneElseChangedMeanwhileAsksToReloadOrKeepTheTyping(FxRobot robot) throws Exception {
        CardHolder opened = app.addHolder("2101241", "Rina Marlina");
        show(Language.INDONESIAN);
        waitUntil(() -> holders(robot).getItems().size() == 1);
        robot.interact(() -> holders(robot).getSelectionModel().select(0));
        // Looked up in this test's window only: other tests' windows may still hold a name field or a dialog.
        javafx.scene.control.TextField nameField = robot.from(stage.getScene().getRoot()).lookup("#nameField")
                .queryAs(javafx.scene.control.TextField.class);
        waitUntil(() -> "Rina Marlina".equals(nameField.getText()));
        app.holders.save(new CardHolder(opened.id(), opened.version(), opened.homeLibraryId(), opened.number(),
                "Rina Marlina, S.Hum.", opened.programme(), opened.kind(), opened.email(), opened.phone()));

        robot.clickOn(nameField).eraseText(12).write("Rina M.");
        robot.clickOn(robot.from(stage.getScene().getRoot()).lookup("#saveHolderButton").queryButton());

        java.util.function.Supplier<java.util.Optional<javafx.scene.control.DialogPane>> staleDialog = () ->
                robot.lookup(".dialog-pane").queryAllAs(javafx.scene.control.DialogPane.class).stream()
                        .filter(pane -> pane.lookup("#dialogText") instanceof Label text
                                && text.getText().startsWith("Pemegang kartu 2101241"))
                        .findFirst();
        waitUntil(() -> staleDialog.get().isPresent());
        javafx.scene.control.DialogPane dialog = staleDialog.get().orElseThrow();
        assertThat(((Label) dialog.lookup("#dialogText")).getText())
                .startsWith("Pemegang kartu 2101241 diubah dan disimpan orang lain setelah Anda membukanya.")
                .doesNotContain("Gagal menyimpan").doesNotContain("Record changed");
        Snapshots.save(dialog.getScene(), "holder-screen-stale");
        javafx.scene.control.Button reload = (javafx.scene.control.Button) dialog.lookupAll(".button").stream()
                .filter(b -> "Muat ulang".equals(((javafx.scene.control.Button) b).getText())).findFirst().orElseThrow();
        // Pressed as a keyboard user would, on the button itself: where a headless screen puts the dialog
        // depends on the windows earlier tests left behind.
        robot.interact(reload::fire);

        try {
            waitUntil(() -> "Rina Marlina, S.Hum.".equals(nameField.getText()));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("After Muat ulang the form shows \"" + nameField.getText() + "\"; the question is "
                    + (dialog.getScene().getWindow().isShowing() ? "still open" : "closed"), e);
        }
        assertThat(app.holders.holdersOf(app.library.id())).extracting(CardHolder::name)
                .containsExactly("Rina Marlina, S.Hum.");
        assertThat(app.unhandledFailures).isEmpty();
    }

    @Test
    void choosingAnotherHolderWithUnsavedTypingAsksFirst(FxRobot robot) throws Exception {
        app.addHolder("2101241", "Rina Marlina");
        app.addHolder("2101242", "Sari Wulandari");
        show(Language.INDONESIAN);
        TableView<HolderRow> table = holders(robot);
        waitUntil(() -> table.getItems().size() == 2);
        javafx.scene.control.TextField nameField = robot.from(stage.getScene().getRoot()).lookup("#nameField")
                .queryAs(javafx.scene.control.TextField.class);
        robot.interact(() -> table.getSelectionModel().select(0));
        String first = table.getItems().get(0).holder().name();
        String second = table.getItems().get(1).holder().name();
        waitUntil(() -> first.equals(nameField.getText()));
        robot.clickOn(nameField).write(" (diubah)");

        robot.interact(() -> table.getSelectionModel().clearAndSelect(1));
        java.util.function.Supplier<java.util.Optional<javafx.scene.control.DialogPane>> question = () ->
                robot.lookup(".dialog-pane").queryAllAs(javafx.scene.control.DialogPane.class).stream()
                        .filter(pane -> pane.getScene() != null && pane.getScene().getWindow().isShowing())
                        .filter(pane -> pane.lookupAll(".button").stream().anyMatch(b ->
                                "Tetap di sini".equals(((javafx.scene.control.Button) b).getText())))
                        .findFirst();
        waitUntil(() -> question.get().isPresent());
        press(robot, question.get().orElseThrow(), "Tetap di sini");

        waitUntil(() -> table.getSelectionModel().getSelectedIndex() == 0);
        assertThat(nameField.getText()).isEqualTo(first + " (diubah)");

        robot.interact(() -> table.getSelectionModel().clearAndSelect(1));
        waitUntil(() -> question.get().isPresent());
        press(robot, question.get().orElseThrow(), "Buang perubahan");

        waitUntil(() -> second.equals(nameField.getText()));
        assertThat(app.holders.holdersOf(app.library.id())).extracting(CardHolder::name)
                .containsExactlyInAnyOrder("Rina Marlina", "Sari Wulandari");
    }

    @Test
    @SuppressWarnings("unchecked")
    void choosingAnotherLibraryWithUnsavedTypingAsksFirst(FxRobot robot) throws Exception {
        app.addHolder("2101241", "Rina Marlina");
        id.jalin.member.domain.Library other = app.addLibrary("UTAMA", "Perpustakaan Widyatama");
        show(Language.INDONESIAN);
        TableView<HolderRow> table = holders(robot);
        waitUntil(() -> table.getItems().size() == 1);
        javafx.scene.control.TextField nameField = robot.from(stage.getScene().getRoot()).lookup("#nameField")
                .queryAs(javafx.scene.control.TextField.class);
        robot.interact(() -> table.getSelectionModel().select(0));
        waitUntil(() -> "Rina Marlina".equals(nameField.getText()));
        robot.clickOn(nameField).write(" (diubah)");
        javafx.scene.control.ComboBox<id.jalin.member.domain.Library> chooser = robot.lookup("#libraryChooser")
                .queryAs(javafx.scene.control.ComboBox.class);
        id.jalin.member.domain.Library itb = chooser.getItems().stream().filter(l -> l.id().equals(other.id()))
                .findFirst().orElseThrow();

        robot.interact(() -> chooser.setValue(itb));
        java.util.function.Supplier<java.util.Optional<javafx.scene.control.DialogPane>> question = () ->
                robot.lookup(".dialog-pane").queryAllAs(javafx.scene.control.DialogPane.class).stream()
                        .filter(pane -> pane.getScene() != null && pane.getScene().getWindow().isShowing())
                        .filter(pane -> pane.lookupAll(".button").stream().anyMatch(b ->
                                "Tetap di sini".equals(((javafx.scene.control.Button) b).getText())))
                        .findFirst();
        waitUntil(() -> question.get().isPresent());
        press(robot, question.get().orElseThrow(), "Tetap di sini");

        // still the first library, its holder and the typing
        waitUntil(() -> app.library.id().equals(chooser.getValue().id()));
        assertThat(nameField.getText()).isEqualTo("Rina Marlina (diubah)");
        assertThat(table.getItems()).hasSize(1);

        robot.interact(() -> chooser.setValue(itb));
        waitUntil(() -> question.get().isPresent());
        press(robot, question.get().orElseThrow(), "Buang perubahan");

        waitUntil(() -> table.getItems().isEmpty() && other.id().equals(chooser.getValue().id()));
        assertThat(nameField.getText()).isEmpty();
        assertThat(app.holders.holdersOf(app.library.id())).extracting(CardHolder::name)
                .containsExactly("Rina Marlina");
    }

    private static void press(FxRobot robot, javafx.scene.control.DialogPane pane, String button) {
        javafx.scene.control.Button found = (javafx.scene.control.Button) pane.lookupAll(".button").stream()
                .filter(b -> button.equals(((javafx.scene.control.Button) b).getText())).findFirst().orElseThrow();
        robot.interact(found::fire);
    }

    @Test
    void invalidEmailIsExplainedNextToTheFieldAndNothingIsStored(FxRobot robot) throws Exception {
        show(Language.INDONESIAN);
        robot.clickOn("#addHolderButton");
        robot.clickOn("#numberField").write("2101235");
        robot.clickOn("#nameField").write("Budi Santoso");
        robot.clickOn("#emailField").write("budi.upi.edu");
        robot.clickOn("#saveHolderButton");

        Label error = robot.lookup("#emailError").queryAs(Label.class);
        waitUntil(() -> !error.getText().isEmpty());
        assertThat(error.getText()).contains("budi.upi.edu");
        assertThat(error.isVisible()).isTrue();
        Snapshots.save(stage.getScene(), "holder-screen-invalid-email");
        assertThat(app.holders.holdersOf(app.library.id())).isEmpty();
        assertThat(holders(robot).getItems()).isEmpty();
    }

    @Test
    void issuedCardIsShownActiveInTheCardsTable(FxRobot robot) throws Exception {
        app.addHolder("2101236", "Siti Aminah");
        show(Language.INDONESIAN);
        waitUntil(() -> holders(robot).getItems().size() == 1);
        WaitForAsyncUtils.waitForFxEvents();
        waitUntil(() -> robot.lookup("Siti Aminah").tryQuery().isPresent());
        robot.clickOn("Siti Aminah");
        waitUntil(() -> !robot.lookup("#issueCardButton").queryButton().isDisabled());
        robot.clickOn("#issueCardButton");
        waitUntil(() -> robot.lookup("#issueCardDialog").tryQuery().isPresent());
        robot.clickOn("#receiptField").write("KW-0042");
        Snapshots.save(robot.lookup("#issueCardDialog").query().getScene(), "holder-issue-dialog");
        robot.clickOn("#issueCardDialogOk");

        TableView<HolderCardsViewModel.CardRow> cards = robot.lookup("#cardTable").queryTableView();
        waitUntil(() -> cards.getItems().size() == 1);
        assertThat(cards.getItems().get(0).status()).isEqualTo(CardStatus.ACTIVE);
        assertThat(cards.getItems().get(0).card().receiptNumber()).isEqualTo("KW-0042");
        assertThat(cards.getItems().get(0).card().fee().rupiah()).isEqualTo(25_000);
        waitUntil(() -> holders(robot).getItems().get(0).status() == CardStatus.ACTIVE);
        WaitForAsyncUtils.waitForFxEvents();
        Snapshots.save(stage.getScene(), "holder-screen-card-issued");
    }

    @Test
    void twoActiveCardsPrintOnOneA4SheetWithTheirBacks(FxRobot robot, @TempDir Path folder) throws Exception {
        CardHolder first = app.addHolder("2101237", "Ahmad Fauzi");
        CardHolder second = app.addHolder("2101238", "Nur Aisyah Rahmawati");
        app.addHolder("2101239", "Tanpa Kartu");
        app.issueCard(first);
        app.issueCard(second);
        show(Language.INDONESIAN);
        waitUntil(() -> holders(robot).getItems().size() == 3);
        Path pdf = folder.resolve("kartu.pdf");
        app.files.answer(pdf);

        robot.clickOn("#printCardsButton");
        // The holders to print are read in the background first; on a busy machine the question comes later.
        waitUntil(() -> robot.lookup("Kertas A4 (10 per lembar)").tryQuery().isPresent());
        robot.clickOn("Kertas A4 (10 per lembar)");

        waitUntil(() -> app.opened.contains(pdf));
        Snapshots.save(stage.getScene(), "holder-screen-printed");
        assertThat(Files.exists(pdf)).isTrue();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getNumberOfPages()).isEqualTo(2);
        }
        Path reference = Files.createFile(folder.resolve("reference"));
        if (java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            // The PDF is for sharing: as readable as any new file the user makes, not owner-only.
            assertThat(Files.getPosixFilePermissions(pdf)).isEqualTo(Files.getPosixFilePermissions(reference));
        }
        try (var files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("kartu.pdf", "reference");
        }
    }

    @Test
    void aPrintedSheetSaysWhereItWentAndThatThisComputerHasNoPdfViewer(FxRobot robot, @TempDir Path folder)
            throws Exception {
        app.issueCard(app.addHolder("2101240", "Siti Rahma"));
        app.noViewer = true;
        show(Language.INDONESIAN);
        waitUntil(() -> holders(robot).getItems().size() == 1);
        Path pdf = folder.resolve("kartu.pdf");
        app.files.answer(pdf);

        robot.clickOn("#printCardsButton");
        waitUntil(() -> robot.lookup("Kertas A4 (10 per lembar)").tryQuery().isPresent());
        robot.clickOn("Kertas A4 (10 per lembar)");

        waitUntil(() -> robot.lookup("#writtenPath").tryQuery().isPresent());
        assertThat(robot.lookup("#writtenPath").queryAs(Label.class).getText())
                .isEqualTo("Disimpan di " + pdf.toAbsolutePath());
        assertThat(robot.lookup("#writtenOpenProblem").queryAs(Label.class).getText())
                .startsWith("Komputer ini tidak punya program untuk membuka berkas ini.");
        assertThat(robot.lookup("#openWrittenButton").tryQuery()).isPresent();
        assertThat(robot.lookup("#showWrittenFolderButton").tryQuery()).isPresent();
        assertThat(Files.exists(pdf)).isTrue();
        assertThat(app.opened).isEmpty();
        Snapshots.save(robot.lookup("#writtenPath").query().getScene(), "pdf-written-no-viewer");
    }

    private static void closeWrittenNotice(FxRobot robot) {
        robot.interact(() -> robot.lookup("#fileWrittenNotice").query().getScene().getWindow().hide());
    }

    @Test
    void calibrationOffsetsAreCheckedAndKeptForThisWorkstation(FxRobot robot, @TempDir Path folder)
            throws Exception {
        show(Language.ENGLISH);
        robot.clickOn("#calibrationButton");
        waitUntil(() -> robot.lookup("#calibrationDialog").tryQuery().isPresent());
        Path sheet = folder.resolve("calibration.pdf");
        app.files.answer(sheet);
        robot.clickOn("#calibrationSheetButton");
        waitUntil(() -> app.opened.contains(sheet));
        try (var written = org.apache.pdfbox.Loader.loadPDF(sheet.toFile())) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(written)).as("the calibration sheet's text")
                    .isNotBlank();
            assertThat(written.getPage(0).getMediaBox().getHeight() / 72f * 25.4f).isCloseTo(297f,
                    org.assertj.core.api.Assertions.within(0.5f));
        }
        closeWrittenNotice(robot);
        robot.clickOn("#CARD_FRONT_OFFSET_XField").eraseText(3).write("12");
        robot.clickOn("#CARD_BACK_OFFSET_YField").eraseText(3).write("-1.5");
        robot.clickOn("#saveCalibrationButton");

        Label error = robot.lookup("#CARD_FRONT_OFFSET_XError").queryAs(Label.class);
        waitUntil(() -> !error.getText().isEmpty());
        Snapshots.save(robot.lookup("#calibrationDialog").query().getScene(), "holder-calibration-dialog");
        assertThat(app.settings.get(id.jalin.kernel.settings.Setting.CARD_BACK_OFFSET_Y)).isEqualTo("0");

        javafx.scene.control.TextField frontX = robot.lookup("#CARD_FRONT_OFFSET_XField").queryAs(
                javafx.scene.control.TextField.class);
        robot.interact(() -> frontX.setText("2"));
        robot.clickOn("#saveCalibrationButton");
        var expected = new id.jalin.crossservice.print.CardSheetSettings(2, 0, 0, -1.5);
        waitUntil(() -> CalibrationViewModel.stored(app.settings).equals(expected));
        waitUntil(() -> robot.lookup("#calibrationDialog").tryQuery().map(n -> !n.isVisible()
                || n.getScene().getWindow() == null || !n.getScene().getWindow().isShowing()).orElse(true));
    }

    @Test
    void csvImportStoresTheGoodRowsAndListsTheRefusedOnesWithTheirRowNumbers(FxRobot robot, @TempDir Path folder)
            throws Exception {
        Path csv = folder.resolve("pemegang.csv");
        Files.writeString(csv, String.join("\n",
                "nomor;nama;perpustakaan_asal;program_studi;jenis;email",
                "2101240;Rina Kartika Sari;UPI;S1 Ilmu Perpustakaan;mahasiswa;rina@upi.edu",
                ";Tanpa Nomor;UPI;S1 Sejarah;mahasiswa;",
                "2101241;Agus Salim;UPI;S2 Pendidikan;dosen;agus@upi.edu",
                "2101242;Yusuf Maulana;XYZ;S1 Fisika;mahasiswa;"), java.nio.charset.StandardCharsets.UTF_8);
        show(Language.INDONESIAN);
        app.files.answer(csv);

        robot.clickOn("#importHoldersButton");

        waitUntil(() -> robot.lookup("#holderImportReport").tryQuery().isPresent());
        TableView<?> rejected = robot.lookup("#rejectedTable").queryTableView();
        assertThat(rejected.getItems()).hasSize(2);
        Snapshots.save(rejected.getScene(), "holder-import-report");
        assertThat(robot.lookup("#importSummary").queryAs(Label.class).getText()).contains("2");
        waitUntil(() -> holders(robot).getItems().size() == 2);
        assertThat(app.holders.holdersOf(app.library.id())).extracting(CardHolder::number)
                .containsExactlyInAnyOrder("2101240", "2101241");
    }
}
