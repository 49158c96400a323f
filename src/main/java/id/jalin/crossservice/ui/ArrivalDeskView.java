package id.jalin.crossservice.ui;

import id.jalin.crossservice.domain.CardHolder;
import id.jalin.crossservice.domain.DeskVerdict;
import id.jalin.crossservice.domain.UnannouncedPolicy;
import id.jalin.crossservice.domain.Verdict;
import id.jalin.crossservice.domain.VisitAnnouncement;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.ui.EmptyListText;
import id.jalin.kernel.ui.Styles;
import id.jalin.kernel.ui.TextColumns;
import id.jalin.member.domain.Library;
import java.io.ByteArrayInputStream;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** The host library's desk: choose the host, scan cards, read the verdict from across the counter. */
final class ArrivalDeskView {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final ArrivalDeskViewModel model;
    private final Messages messages;
    private final BorderPane root = new BorderPane();
    private final TextField scan = new TextField();

    ArrivalDeskView(ArrivalDeskViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        root.setTop(hostBar());
        root.setCenter(deskArea());
        root.setRight(expectedList());
        root.setId("arrivalDesk");
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                Platform.runLater(scan::requestFocus);
            }
        });
    }

    Node root() {
        return root;
    }

    private Node hostBar() {
        ComboBox<Library> host = new ComboBox<>(model.hosts);
        host.setId("deskHost");
        host.setConverter(libraryNames());
        host.valueProperty().bindBidirectional(model.host);
        host.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        ComboBox<UnannouncedPolicy> policy = new ComboBox<>();
        policy.setId("deskPolicy");
        policy.getItems().setAll(UnannouncedPolicy.values());
        policy.setConverter(new StringConverter<>() {
            @Override
            public String toString(UnannouncedPolicy value) {
                return value == null ? "" : messages.label("visit.policy", value);
            }

            @Override
            public UnannouncedPolicy fromString(String text) {
                return null;
            }
        });
        policy.setValue(model.policy.get());
        model.policy.addListener((obs, old, now) -> policy.setValue(now));
        policy.setOnAction(event -> model.changePolicy(policy.getValue()));
        policy.disableProperty().bind(model.mayKeepDesk.not());
        Label hostLabel = new Label(messages.get("visit.desk.host"));
        Label policyLabel = new Label(messages.get("visit.desk.unannounced"));
        hostLabel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        policyLabel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        policy.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        // The policy goes onto a second line when a long library name leaves no room beside it.
        javafx.scene.layout.FlowPane bar = new javafx.scene.layout.FlowPane(10, 8, new HBox(10, hostLabel, host),
                new HBox(10, policyLabel, policy));
        ((HBox) bar.getChildren().get(0)).setAlignment(Pos.CENTER_LEFT);
        ((HBox) bar.getChildren().get(1)).setAlignment(Pos.CENTER_LEFT);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(12));
        bar.getStyleClass().add(Styles.TOOLBAR);
        return bar;
    }

    private Node deskArea() {
        scan.setId("scanField");
        scan.getStyleClass().add("scan-field");
        scan.promptTextProperty().bind(javafx.beans.binding.Bindings.when(model.mayKeepDesk)
                .then(messages.get("visit.desk.prompt")).otherwise(messages.get("visit.desk.notYours")));
        scan.textProperty().bindBidirectional(model.scanText);
        // Another library's desk is shown (its log and expected visitors) but not scanned at (decision record 0016).
        scan.editableProperty().bind(model.mayKeepDesk);
        // A scanner types the digits and Enter; so does a librarian typing a number by hand.
        scan.setOnAction(event -> {
            model.scan();
            scan.requestFocus();
        });

        Label headline = new Label(messages.get("visit.desk.waiting"));
        headline.setId("verdictHeadline");
        headline.setWrapText(true);
        headline.getStyleClass().add("verdict-headline");
        Label details = new Label();
        details.setId("verdictDetails");
        details.setWrapText(true);
        details.getStyleClass().add("verdict-details");
        ImageView photo = new ImageView();
        photo.setFitWidth(110);
        photo.setFitHeight(140);
        photo.setPreserveRatio(true);
        Label initials = new Label();
        initials.getStyleClass().add("verdict-initials");
        StackPane picture = new StackPane(initials, photo);
        picture.setMinSize(110, 140);
        picture.getStyleClass().add("verdict-photo");
        // Long verdicts wrap onto more lines instead of being cut: the librarian reads them from a distance.
        for (Label label : new Label[] {headline, details}) {
            label.setMaxWidth(Double.MAX_VALUE);
            label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        VBox texts = new VBox(8, headline, details);
        HBox body = new HBox(16, picture, texts);
        HBox.setHgrow(texts, Priority.ALWAYS);
        VBox panel = new VBox(body);
        panel.setId("verdictPanel");
        panel.getStyleClass().addAll("verdict-panel", "verdict-waiting");
        panel.setPadding(new Insets(18));

        model.shownProperty().addListener((obs, old, shown) -> {
            panel.getStyleClass().removeAll("verdict-waiting", "verdict-ok", "verdict-warn", "verdict-refused");
            if (shown == null) {
                panel.getStyleClass().add("verdict-waiting");
                headline.setText(messages.get("visit.desk.waiting"));
                details.setText("");
                photo.setImage(null);
                initials.setText("");
                return;
            }
            DeskVerdict verdict = shown.verdict();
            panel.getStyleClass().add(style(verdict.verdict()));
            headline.setText(messages.label("visit.verdict", verdict.verdict()));
            details.setText(describe(verdict));
            photo.setImage(shown.photo() == null ? null : new Image(new ByteArrayInputStream(shown.photo())));
            initials.setText(shown.photo() == null ? verdict.holderIfKnown().map(ArrivalDeskView::initials).orElse("") : "");
        });

        TableView<ArrivalDeskViewModel.LoggedScan> log = new TableView<>(model.log);
        log.setId("deskLog");
        EmptyListText.on(log, messages.get("visit.desk.logEmpty"));
        log.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        log.getColumns().add(TextColumns.of(messages.get("visit.desk.time"), s -> TIME.format(s.at())));
        log.getColumns().add(TextColumns.of(messages.get("visit.desk.number"), ArrivalDeskViewModel.LoggedScan::scanned));
        log.getColumns().add(TextColumns.of(messages.get("visit.desk.name"), ArrivalDeskViewModel.LoggedScan::holderName));
        log.getColumns().add(TextColumns.of(messages.get("visit.desk.verdict"),
                s -> messages.label("visit.verdictShort", s.verdict())));
        Label logTitle = new Label(messages.get("visit.desk.logTitle"));
        logTitle.getStyleClass().add(Styles.MUTED);

        VBox box = new VBox(14, scan, panel, logTitle, log);
        VBox.setVgrow(log, Priority.ALWAYS);
        box.setPadding(new Insets(16));
        return box;
    }

    private Node expectedList() {
        ListView<VisitAnnouncement> list = new ListView<>(model.expected);
        list.setId("expectedVisitors");
        EmptyListText.on(list, messages.get("visit.desk.noneExpected"));
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(VisitAnnouncement announcement, boolean empty) {
                super.updateItem(announcement, empty);
                setText(empty || announcement == null ? null
                        : model.expectedName(announcement) + "\n" + announcement.purpose());
            }
        });
        Label title = new Label(messages.get("visit.desk.expected"));
        title.getStyleClass().add(Styles.TITLE);
        title.setWrapText(true);
        VBox box = new VBox(8, title, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        box.setPadding(new Insets(16));
        box.setPrefWidth(300);
        return box;
    }

    private String describe(DeskVerdict verdict) {
        StringBuilder text = new StringBuilder();
        verdict.holderIfKnown().ifPresent(holder -> text.append(holder.name()).append("  \u2022  ").append(holder.number())
                .append('\n').append(model.libraryName(holder.homeLibraryId()).orElse(""))
                .append(holder.programme().isBlank() ? "" : "  \u2022  " + holder.programme()));
        verdict.cardIfKnown().ifPresent(card -> text.append('\n').append(messages.get("visit.desk.card",
                card.number().grouped(), messages.date(card.validUntil()))));
        verdict.announcementIfAny().ifPresent(a -> text.append('\n').append(messages.get("visit.desk.announced",
                a.purpose())));
        if (text.length() == 0) {
            text.append(messages.get("visit.desk.scanned", verdict.scannedText()));
        }
        return text.toString();
    }

    private static String style(Verdict verdict) {
        return switch (verdict) {
            case WELCOME -> "verdict-ok";
            case VALID_NOT_ANNOUNCED_ALLOWED -> "verdict-warn";
            default -> "verdict-refused";
        };
    }

    private static String initials(CardHolder holder) {
        String[] words = holder.name().strip().split("\\s+");
        StringBuilder letters = new StringBuilder();
        for (String word : List.of(words).subList(0, Math.min(2, words.length))) {
            if (!word.isEmpty()) {
                letters.appendCodePoint(Character.toUpperCase(word.codePointAt(0)));
            }
        }
        return letters.toString();
    }

    private StringConverter<Library> libraryNames() {
        return new StringConverter<>() {
            @Override
            public String toString(Library library) {
                return library == null ? "" : library.name() + " (" + library.code() + ")";
            }

            @Override
            public Library fromString(String text) {
                return null;
            }
        };
    }
}
