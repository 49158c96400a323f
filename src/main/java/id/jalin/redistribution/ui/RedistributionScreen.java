package id.jalin.redistribution.ui;

import id.jalin.forum.domain.ForumProfileService;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.paging.Page;
import id.jalin.kernel.paging.PageRequest;
import id.jalin.kernel.paging.SortDirection;
import id.jalin.kernel.task.BackgroundTask;
import id.jalin.kernel.task.TaskExecutor;
import id.jalin.kernel.ui.Dialogs;
import id.jalin.kernel.ui.EmptyListText;
import id.jalin.kernel.ui.FailureExplainer;
import id.jalin.kernel.ui.ScreenPlace;
import id.jalin.kernel.ui.FileDialogs;
import id.jalin.kernel.ui.FileOpener;
import id.jalin.kernel.ui.ImportAction;
import id.jalin.kernel.ui.PagedRows;
import id.jalin.kernel.ui.PagedTable;
import id.jalin.kernel.ui.ShownAs;
import id.jalin.kernel.ui.TextColumns;
import id.jalin.kernel.validation.FieldError;
import id.jalin.kernel.validation.SaveResult;
import id.jalin.redistribution.domain.AllocationRule;
import id.jalin.redistribution.domain.Claim;
import id.jalin.redistribution.domain.ClaimRow;
import id.jalin.redistribution.domain.ClaimSort;
import id.jalin.redistribution.domain.ClaimState;
import id.jalin.redistribution.domain.OfferRow;
import id.jalin.redistribution.domain.OfferSort;
import id.jalin.redistribution.domain.OfferStatus;
import id.jalin.redistribution.domain.RedistributionMember;
import id.jalin.redistribution.domain.SurplusOffer;
import id.jalin.redistribution.domain.SurplusRedistribution;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * "Redistribusi koleksi": one library's desk for surplus books. The offers it may claim, its own offers with the
 * claims on them, its claims, and what is over; each step is offered only where the reader and the state allow it,
 * and the service says why when it refuses.
 */
final class RedistributionScreen {
    private final SurplusRedistribution service;
    private final TaskExecutor executor;
    private final FileDialogs files;
    private final Messages messages;
    private final Dialogs dialogs;
    private final RedistributionWords words;
    private final HandOverPapers papers;
    private final ComboBox<RedistributionMember> desk = new ComboBox<>();
    private final PagedRows<OfferRow, OfferSort> open;
    private final PagedRows<OfferRow, OfferSort> ours;
    private final PagedRows<ClaimRow, ClaimSort> claims;
    private final PagedRows<OfferRow, OfferSort> history;
    private final TableView<OfferRow> openTable = new TableView<>();
    private final TableView<OfferRow> oursTable = new TableView<>();
    private final TableView<ClaimRow> claimTable = new TableView<>();
    private final TableView<OfferRow> historyTable = new TableView<>();
    private final TableView<Claim> offerClaims = new TableView<>();
    private final Button post;
    private final Button importOffers;
    private final Button print;
    private final Button claim;
    private final Button withdraw;
    private final Button allocate;
    private final Button ship;
    private final Button receive;
    private final TabPane root = new TabPane();
    /** An offer asked for from elsewhere (the start screen), chosen once its list is read. */
    private Long wantedOffer;
    /** The giver's desk to show it at, when it is the giver's to act on; null: the open offers. */
    private Long wantedGiver;

    RedistributionScreen(SurplusRedistribution service, ForumProfileService forum, TaskExecutor executor,
                         FileDialogs files, FileOpener opener, Messages messages) {
        this.service = service;
        this.executor = executor;
        this.files = files;
        this.messages = messages;
        this.dialogs = new Dialogs(messages);
        this.words = new RedistributionWords(messages);
        this.post = button("redistributionPost", "redistribution.ui.action.post");
        this.importOffers = button("redistributionImport", "redistribution.ui.action.import");
        this.print = button("redistributionPrint", "redistribution.ui.action.print");
        this.claim = button("redistributionClaim", "redistribution.ui.action.claim");
        this.withdraw = button("redistributionWithdraw", "redistribution.ui.action.withdraw");
        this.allocate = button("redistributionAllocate", "redistribution.ui.action.allocate");
        this.ship = button("redistributionShip", "redistribution.ui.action.ship");
        this.receive = button("redistributionReceive", "redistribution.ui.action.receive");
        this.papers = new HandOverPapers(service, forum, executor, files, opener, messages);
        Consumer<Throwable> failure = this::failed;
        open = new PagedRows<>(executor, first(OfferSort.CLOSING, SortDirection.ASCENDING), service::openOffers,
                failure);
        ours = new PagedRows<>(executor, first(OfferSort.POSTED, SortDirection.DESCENDING), r -> Page.empty(),
                failure);
        claims = new PagedRows<>(executor, first(ClaimSort.CLAIMED, SortDirection.DESCENDING), r -> Page.empty(),
                failure);
        history = new PagedRows<>(executor, first(OfferSort.POSTED, SortDirection.DESCENDING), r -> Page.empty(),
                failure);
        build();
        executor.execute(BackgroundTask.wrap(progress -> service.members())
                .titled(messages.get("redistribution.ui.task.members")).onSuccess(this::fillDesk)
                .onFailure(failure));
    }

    Node root() {
        return root;
    }

    private static <S extends Enum<S>> PageRequest<S> first(S sort, SortDirection direction) {
        return new PageRequest<>(0, PageRequest.DEFAULT_SIZE, sort, direction, "");
    }

    private Button button(String id, String key) {
        Button button = new Button(messages.get(key));
        button.setId(id);
        button.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return button;
    }

    private Window window() {
        return Dialogs.windowOf(root);
    }

    private void failed(Throwable failure) {
        dialogs.failure(window(), new FailureExplainer(messages).explain(messages.get("redistribution.ui.nav"),
                failure));
    }

    // --- layout ---

    private void build() {
        root.setId("redistributionScreen");
        root.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        root.getTabs().setAll(
                tab("redistributionTabOpen", "redistribution.ui.tab.open", listPane(openTable, open,
                        "redistributionOpen", new FlowPane(8, 8, claim))),
                tab("redistributionTabOurs", "redistribution.ui.tab.ours", oursPane()),
                tab("redistributionTabClaims", "redistribution.ui.tab.claims", listPane(claimTable, claims,
                        "redistributionClaims", new FlowPane(8, 8, receive))),
                tab("redistributionTabHistory", "redistribution.ui.tab.history", listPane(historyTable, history,
                        "redistributionHistory", new FlowPane())));
        offerColumns(openTable, "redistributionOpenTable", open, true);
        offerColumns(oursTable, "redistributionOursTable", ours, false);
        offerColumns(historyTable, "redistributionHistoryTable", history, true);
        claimColumns();
        offerClaimColumns();
        post.setOnAction(event -> post());
        importOffers.setOnAction(event -> importOffers());
        print.setOnAction(event -> papers.print(window(), desk.getValue(), Map.copyOf(words.members())));
        claim.setOnAction(event -> claim());
        withdraw.setOnAction(event -> withdraw());
        allocate.setOnAction(event -> allocate());
        ship.setOnAction(event -> ship());
        receive.setOnAction(event -> receive());
        desk.setId("redistributionDesk");
        desk.setConverter(ShownAs.words(member -> member == null ? ""
                : member.code() + " \u2013 " + member.name()));
        desk.setPrefWidth(480);
        desk.valueProperty().addListener((obs, old, now) -> deskChanged());
        openTable.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> offerActions());
        oursTable.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> showClaimsOfOffer());
        offerClaims.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> offerActions());
        claimTable.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> offerActions());
        chooseWhenListed(openTable, open);
        chooseWhenListed(oursTable, ours);
        offerActions();
    }

    /**
     * Shows an offer asked for from elsewhere: the giver's own offers when sharing it out is due there, the open
     * offers otherwise (set before the members are read).
     */
    void openOffer(long offerId, Long giverId) {
        wantedOffer = offerId;
        wantedGiver = giverId;
    }

    private void chooseWhenListed(TableView<OfferRow> table, PagedRows<OfferRow, OfferSort> rows) {
        rows.rows().addListener((javafx.collections.ListChangeListener<OfferRow>) change -> {
            if (wantedOffer == null || (table == oursTable) != (wantedGiver != null)) {
                return;
            }
            table.getItems().stream().filter(row -> row.offer().id().equals(wantedOffer)).findFirst()
                    .ifPresent(row -> {
                        wantedOffer = null;
                        table.getSelectionModel().select(row);
                        table.scrollTo(row);
                    });
        });
    }

    private Tab tab(String id, String key, Node content) {
        Tab tab = new Tab(messages.get(key), content);
        tab.setId(id);
        return tab;
    }

    /** The desk, the buttons that work on it, then the list with its search, pager and the row's steps. */
    private <T, S extends Enum<S>> Node listPane(TableView<T> table, PagedRows<T, S> rows, String id,
                                                 FlowPane steps) {
        TextField search = new TextField();
        search.setId(id + "Search");
        ScreenPlace.keepText(search);
        search.setPromptText(messages.get("redistribution.ui.search"));
        search.setPrefColumnCount(30);
        StringProperty text = new SimpleStringProperty("");
        PagedTable.debounce(search, text);
        text.addListener((obs, old, now) -> rows.filter(now));
        BorderPane list = new BorderPane(table);
        list.setTop(new VBox(8, header(), search));
        BorderPane.setMargin(list.getTop(), new Insets(0, 0, 8, 0));
        VBox bottom = new VBox(8, PagedTable.pager(rows, messages, id + "Pager"), steps);
        bottom.setPadding(new Insets(8, 0, 0, 0));
        list.setBottom(bottom);
        list.setPadding(new Insets(8));
        return list;
    }

    /** Each tab has the desk and the desk's own buttons above it; a node can sit in one tab only, so each its own. */
    private Node header() {
        FlowPane header = new FlowPane(8, 8);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getProperties().put("redistributionHeader", Boolean.TRUE);
        return header;
    }

    private Node oursPane() {
        BorderPane below = new BorderPane(offerClaims);
        Label heading = new Label(messages.get("redistribution.ui.ours.claims"));
        heading.setWrapText(true);
        below.setTop(heading);
        BorderPane.setMargin(heading, new Insets(0, 0, 4, 0));
        FlowPane steps = new FlowPane(8, 8, ship);
        steps.setPadding(new Insets(8, 0, 0, 0));
        below.setBottom(steps);
        below.setPadding(new Insets(8));
        SplitPane split = new SplitPane(listPane(oursTable, ours, "redistributionOurs",
                new FlowPane(8, 8, withdraw, allocate)), below);
        split.setOrientation(javafx.geometry.Orientation.VERTICAL);
        split.setDividerPositions(0.6);
        return split;
    }

    /** The desk chooser and the desk's buttons go into whichever tab is shown. */
    private void placeHeader(Tab shown) {
        if (shown == null) {
            return;
        }
        id.jalin.kernel.ui.SceneWalk.nodes(shown.getContent()).stream()
                .filter(node -> node.getProperties().containsKey("redistributionHeader")).findFirst()
                .map(FlowPane.class::cast).ifPresent(header -> {
                    Label label = new Label(messages.get("redistribution.ui.desk"));
                    label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
                    header.getChildren().setAll(label, desk, post, importOffers, print);
                });
    }

    private void offerColumns(TableView<OfferRow> table, String id, PagedRows<OfferRow, OfferSort> rows,
                              boolean withGiver) {
        table.setId(id);
        // ten columns: squeezed (titles wrap) to fit the window rather than the last ones hidden off to the side
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        EmptyListText.on(table, messages.get("redistribution.ui.list.empty"));
        TableColumn<OfferRow, String> giver = TextColumns.of(messages.get("redistribution.ui.column.giver"),
                row -> words.code(row.offer().giverId()));
        TableColumn<OfferRow, String> title = TextColumns.of(messages.get("redistribution.ui.column.title"),
                row -> row.offer().author().isEmpty() ? row.offer().title()
                        : row.offer().title() + " \u2013 " + row.offer().author());
        title.setPrefWidth(260);
        TableColumn<OfferRow, String> copies = TextColumns.of(messages.get("redistribution.ui.column.copies"),
                row -> String.valueOf(row.offer().copies()));
        TableColumn<OfferRow, String> left = TextColumns.of(messages.get("redistribution.ui.column.left"),
                row -> String.valueOf(row.left()));
        TableColumn<OfferRow, String> claimCount = TextColumns.of(messages.get("redistribution.ui.column.claims"),
                row -> String.valueOf(row.claims()));
        TableColumn<OfferRow, String> condition = TextColumns.of(messages.get("redistribution.ui.column.condition"),
                row -> messages.label("redistribution.condition", row.offer().condition()));
        TableColumn<OfferRow, String> rule = TextColumns.of(messages.get("redistribution.ui.column.rule"),
                row -> messages.label("redistribution.rule", row.offer().rule()));
        rule.setPrefWidth(225);
        TableColumn<OfferRow, String> closing = TextColumns.of(messages.get("redistribution.ui.column.closing"),
                row -> words.shortDate(row.offer().closingDate()));
        TableColumn<OfferRow, String> status = TextColumns.of(messages.get("redistribution.ui.column.status"),
                row -> messages.label("redistribution.status", row.offer().status()));
        TableColumn<OfferRow, String> posted = TextColumns.of(messages.get("redistribution.ui.column.posted"),
                row -> row.offer().postedAt() == null ? "" : words.shortDate(row.offer().postedAt().toLocalDate()));
        for (TableColumn<OfferRow, String> column : List.of(giver, copies, left, claimCount)) {
            column.setPrefWidth(78);
        }
        copies.setPrefWidth(95);
        status.setPrefWidth(130);
        for (TableColumn<OfferRow, String> column : List.of(closing, posted)) {
            column.setPrefWidth(110);
        }
        List<TableColumn<OfferRow, ?>> columns = new java.util.ArrayList<>();
        if (withGiver) {
            columns.add(giver);
        }
        columns.addAll(List.of(title, copies, left, claimCount, condition, rule, closing, status, posted));
        table.getColumns().setAll(columns);
        Map<TableColumn<OfferRow, ?>, OfferSort> sortable = new LinkedHashMap<>();
        sortable.put(title, OfferSort.TITLE);
        sortable.put(copies, OfferSort.COPIES);
        sortable.put(closing, OfferSort.CLOSING);
        sortable.put(posted, OfferSort.POSTED);
        PagedTable.bind(table, rows, sortable);
    }

    private void claimColumns() {
        claimTable.setId("redistributionClaimTable");
        claimTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        EmptyListText.on(claimTable, messages.get("redistribution.ui.list.empty"));
        TableColumn<ClaimRow, String> title = TextColumns.of(messages.get("redistribution.ui.column.title"),
                row -> row.offer().title());
        title.setPrefWidth(300);
        TableColumn<ClaimRow, String> giver = TextColumns.of(messages.get("redistribution.ui.column.giver"),
                row -> words.code(row.offer().giverId()));
        TableColumn<ClaimRow, String> wanted = TextColumns.of(messages.get("redistribution.ui.column.wanted"),
                row -> String.valueOf(row.claim().copies()));
        TableColumn<ClaimRow, String> allocated = TextColumns.of(messages.get("redistribution.ui.column.allocated"),
                row -> row.claim().allocated() == null ? "" : String.valueOf(row.claim().allocated()));
        TableColumn<ClaimRow, String> state = TextColumns.of(messages.get("redistribution.ui.column.state"),
                row -> messages.label("redistribution.claim", row.claim().state()));
        state.setPrefWidth(190);
        TableColumn<ClaimRow, String> claimed = TextColumns.of(messages.get("redistribution.ui.column.claimed"),
                row -> words.shortDate(row.claim().claimedAt().toLocalDate()));
        TableColumn<ClaimRow, String> shipped = TextColumns.of(messages.get("redistribution.ui.column.shipped"),
                row -> shippedText(row.claim()));
        shipped.setPrefWidth(200);
        TableColumn<ClaimRow, String> received = TextColumns.of(messages.get("redistribution.ui.column.received"),
                row -> words.shortDate(row.claim().receivedOn()));
        for (TableColumn<ClaimRow, String> column : List.of(claimed, received)) {
            column.setPrefWidth(120);
        }
        shipped.setPrefWidth(260);
        claimTable.getColumns().setAll(List.of(title, giver, wanted, allocated, state, claimed, shipped, received));
        Map<TableColumn<ClaimRow, ?>, ClaimSort> sortable = new LinkedHashMap<>();
        sortable.put(title, ClaimSort.TITLE);
        sortable.put(state, ClaimSort.STATE);
        sortable.put(claimed, ClaimSort.CLAIMED);
        PagedTable.bind(claimTable, claims, sortable);
    }

    private String shippedText(Claim claim) {
        if (claim.shippedOn() == null) {
            return "";
        }
        return claim.shipment().isEmpty() ? words.shortDate(claim.shippedOn())
                : words.shortDate(claim.shippedOn()) + " \u00b7 " + claim.shipment();
    }

    private void offerClaimColumns() {
        offerClaims.setId("redistributionOfferClaims");
        offerClaims.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        EmptyListText.on(offerClaims, messages.get("redistribution.ui.ours.no_claims"));
        TableColumn<Claim, String> library = TextColumns.of(messages.get("redistribution.ui.column.claimant"),
                c -> words.code(c.claimantId()));
        TableColumn<Claim, String> wanted = TextColumns.of(messages.get("redistribution.ui.column.wanted"),
                c -> String.valueOf(c.copies()));
        TableColumn<Claim, String> allocated = TextColumns.of(messages.get("redistribution.ui.column.allocated"),
                c -> c.allocated() == null ? "" : String.valueOf(c.allocated()));
        TableColumn<Claim, String> state = TextColumns.of(messages.get("redistribution.ui.column.state"),
                c -> messages.label("redistribution.claim", c.state()));
        state.setPrefWidth(190);
        TableColumn<Claim, String> claimed = TextColumns.of(messages.get("redistribution.ui.column.claimed"),
                c -> words.shortDate(c.claimedAt().toLocalDate()));
        TableColumn<Claim, String> shipped = TextColumns.of(messages.get("redistribution.ui.column.shipped"),
                this::shippedText);
        shipped.setPrefWidth(200);
        TableColumn<Claim, String> received = TextColumns.of(messages.get("redistribution.ui.column.received"),
                c -> words.shortDate(c.receivedOn()));
        TableColumn<Claim, String> note = TextColumns.of(messages.get("redistribution.ui.column.note"), Claim::note);
        note.setPrefWidth(220);
        for (TableColumn<Claim, String> column : List.of(claimed, received)) {
            column.setPrefWidth(120);
        }
        shipped.setPrefWidth(260);
        offerClaims.getColumns().setAll(List.of(library, wanted, allocated, state, claimed, shipped, received, note));
        offerClaims.getColumns().forEach(column -> column.setSortable(false));
    }

    // --- the desk ---

    private void fillDesk(List<RedistributionMember> all) {
        words.know(all);
        Optional<Long> own = service.ownLibrary();
        List<RedistributionMember> desks = all.stream().filter(RedistributionMember::active)
                .filter(member -> own.map(id -> id == member.id()).orElse(true))
                .sorted(java.util.Comparator.comparing(RedistributionMember::code)).toList();
        desk.getItems().setAll(desks);
        desk.setDisable(desks.size() <= 1);
        if (wantedOffer != null) {
            root.getSelectionModel().select(wantedGiver == null ? 0 : 1);
        }
        root.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> placeHeader(now));
        placeHeader(root.getSelectionModel().getSelectedItem());
        if (desks.isEmpty()) {
            deskChanged();
        } else {
            desk.setValue(desks.stream().filter(member -> wantedGiver != null && member.id() == wantedGiver)
                    .findFirst().orElse(desks.get(0)));
        }
    }

    private void deskChanged() {
        RedistributionMember member = desk.getValue();
        open.readFrom(service::openOffers);
        if (member == null) {
            ours.clear();
            claims.clear();
            history.readFrom(request -> service.history(Optional.empty(), request));
        } else {
            ours.readFrom(request -> service.offersOf(member.id(), request));
            claims.readFrom(request -> service.claimsOf(member.id(), request));
            history.readFrom(request -> service.history(Optional.of(member.id()), request));
        }
        offerClaims.getItems().clear();
        offerActions();
    }

    private void reloadAll() {
        OfferRow chosen = oursTable.getSelectionModel().getSelectedItem();
        open.reload(this::offerActions);
        ours.reload(() -> {
            if (chosen != null) {
                oursTable.getItems().stream().filter(row -> row.offer().id().equals(chosen.offer().id()))
                        .findFirst().ifPresent(oursTable.getSelectionModel()::select);
            }
            showClaimsOfOffer();
        });
        claims.reload(this::offerActions);
        history.reload(this::offerActions);
    }

    private void showClaimsOfOffer() {
        OfferRow row = oursTable.getSelectionModel().getSelectedItem();
        offerActions();
        if (row == null) {
            offerClaims.getItems().clear();
            return;
        }
        executor.execute(BackgroundTask.wrap(progress -> service.claims(row.offer().id()))
                .titled(messages.get("redistribution.ui.task.claims")).onSuccess(found -> {
                    offerClaims.getItems().setAll(found);
                    offerActions();
                }).onFailure(this::failed));
    }

    /** Enables each step only where it makes sense for this reader, this desk and the row's state. */
    private void offerActions() {
        RedistributionMember member = desk.getValue();
        boolean ownDesk = member != null && service.mayActFor(member.id());
        post.setDisable(!ownDesk);
        importOffers.setDisable(!ownDesk);
        print.setDisable(member == null);
        LocalDate today = service.today();
        OfferRow offered = openTable.getSelectionModel().getSelectedItem();
        claim.setDisable(!ownDesk || offered == null || offered.offer().giverId() == member.id()
                || !offered.offer().takesClaimsOn(today));
        OfferRow mine = oursTable.getSelectionModel().getSelectedItem();
        boolean openMine = mine != null && mine.offer().status() == OfferStatus.OPEN
                && service.mayActFor(mine.offer().giverId());
        withdraw.setDisable(!openMine);
        allocate.setDisable(!openMine || mine.offer().rule() != AllocationRule.SMALLER_FIRST
                || mine.offer().closingDate() == null || !today.isAfter(mine.offer().closingDate()));
        Claim onMine = offerClaims.getSelectionModel().getSelectedItem();
        ship.setDisable(mine == null || onMine == null || onMine.state() != ClaimState.AGREED
                || !service.mayActFor(mine.offer().giverId()));
        ClaimRow myClaim = claimTable.getSelectionModel().getSelectedItem();
        receive.setDisable(myClaim == null || myClaim.claim().state() != ClaimState.SHIPPED
                || !service.mayActFor(myClaim.claim().claimantId()));
    }

    // --- steps ---

    /**
     * Runs a save off the FX thread: stored, the lists are read again; refused, {@code refused} gets the reasons; a
     * record someone else changed meanwhile is said so and read again.
     */
    private <T> void store(String title, Supplier<SaveResult<T>> save, Consumer<List<FieldError>> refused) {
        executor.execute(BackgroundTask.wrap(progress -> save.get()).titled(title).onSuccess(result -> {
            if (result instanceof SaveResult.Saved<T>) {
                reloadAll();
            } else if (result instanceof SaveResult.Invalid<T> invalid) {
                refused.accept(invalid.validation().errors());
            } else if (result instanceof SaveResult.Conflict conflict) {
                dialogs.info(window(), title, messages.get(conflict.deleted() ? "redistribution.ui.gone"
                        : "redistribution.ui.stale", conflict.recordLabel()));
                reloadAll();
            }
        }).onFailure(failure -> dialogs.failure(window(), new FailureExplainer(messages).explain(title, failure))));
    }

    private void post() {
        RedistributionMember giver = desk.getValue();
        if (giver != null) {
            post(new OfferDialog(messages, giver), Map.of());
        }
    }

    private void post(OfferDialog dialog, Map<String, String> errors) {
        dialog.ask(window(), errors).ifPresent(offer -> store(messages.get("redistribution.ui.offer.heading"),
                () -> service.post(offer), refused -> post(dialog, words.byField(refused))));
    }

    private void importOffers() {
        RedistributionMember giver = desk.getValue();
        if (giver == null) {
            return;
        }
        new ImportAction<>(service.offerImport(giver.id()), "redistribution.ui.import", "offerImportReport",
                report -> messages.get("redistribution.ui.import.summary", report.posted(),
                        report.rejected().size()), executor, messages, files).run(window(), this::reloadAll);
    }

    private void claim() {
        OfferRow row = openTable.getSelectionModel().getSelectedItem();
        RedistributionMember claimant = desk.getValue();
        if (row != null && claimant != null) {
            claim(new ClaimDialog(messages, row, claimant, words.code(row.offer().giverId())), Map.of());
        }
    }

    private void claim(ClaimDialog dialog, Map<String, String> errors) {
        dialog.ask(window(), errors).ifPresent(made -> store(messages.get("redistribution.ui.claim.heading"),
                () -> service.claim(made), refused -> claim(dialog, words.byField(refused))));
    }

    private void withdraw() {
        OfferRow row = oursTable.getSelectionModel().getSelectedItem();
        String title = messages.get("redistribution.ui.action.withdraw");
        if (row != null && dialogs.confirm(window(), title, messages.get("redistribution.ui.withdraw.text",
                row.offer().title()), title)) {
            SurplusOffer offer = row.offer();
            store(title, () -> service.withdraw(offer), refused -> dialogs.error(window(), title,
                    words.errors(refused)));
        }
    }

    private void allocate() {
        OfferRow row = oursTable.getSelectionModel().getSelectedItem();
        String title = messages.get("redistribution.ui.action.allocate");
        if (row != null && dialogs.confirm(window(), title, messages.get("redistribution.ui.allocate.text",
                row.offer().title(), row.claims()), title)) {
            SurplusOffer offer = row.offer();
            store(title, () -> service.allocate(offer), refused -> dialogs.error(window(), title,
                    words.errors(refused)));
        }
    }

    private void ship() {
        OfferRow row = oursTable.getSelectionModel().getSelectedItem();
        Claim chosen = offerClaims.getSelectionModel().getSelectedItem();
        if (row != null && chosen != null) {
            String what = messages.get("redistribution.ui.handover.what_ship", row.offer().title(),
                    chosen.allocatedCopies(), words.code(chosen.claimantId()));
            ship(chosen, new HandOverDialog(messages, true, what, service.today()), Map.of());
        }
    }

    private void ship(Claim chosen, HandOverDialog dialog, Map<String, String> errors) {
        dialog.ask(window(), errors).ifPresent(step -> store(messages.get("redistribution.ui.handover.ship_heading"),
                () -> service.ship(chosen, step.on(), step.shipment()),
                refused -> ship(chosen, dialog, words.byField(refused))));
    }

    private void receive() {
        ClaimRow row = claimTable.getSelectionModel().getSelectedItem();
        if (row != null) {
            String what = messages.get("redistribution.ui.handover.what_receive", row.offer().title(),
                    row.claim().allocatedCopies(), words.code(row.offer().giverId()));
            receive(row.claim(), new HandOverDialog(messages, false, what, service.today()), Map.of());
        }
    }

    private void receive(Claim chosen, HandOverDialog dialog, Map<String, String> errors) {
        dialog.ask(window(), errors).ifPresent(step -> store(
                messages.get("redistribution.ui.handover.receive_heading"), () -> service.receive(chosen, step.on()),
                refused -> receive(chosen, dialog, words.byField(refused))));
    }
}
