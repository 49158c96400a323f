package id.jalin.catalogue.ui;

import id.jalin.catalogue.domain.CatalogueHits;
import id.jalin.catalogue.domain.CatalogueQuery;
import id.jalin.catalogue.domain.CatalogueSearch;
import id.jalin.catalogue.domain.CatalogueSort;
import id.jalin.catalogue.domain.Holding;
import id.jalin.catalogue.domain.IndexedWork;
import id.jalin.catalogue.domain.MaterialKind;
import id.jalin.catalogue.domain.StoredRecord;
import id.jalin.catalogue.domain.UnionCatalogueService;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.task.BackgroundTask;
import id.jalin.kernel.task.TaskExecutor;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The catalogue's search as the screen shows it: what is typed and chosen, the hits of the latest search (an
 * answer that arrives after a newer search was asked is dropped), and every member's record of the selected work.
 */
final class CatalogueSearchModel {
    static final int HITS_SHOWN = 100;
    /** The index counts hits exactly up to this many; a total of this many means at least so many. */
    private static final int COUNTED_EXACTLY = 1_000;

    private final UnionCatalogueService service;
    private final CatalogueSearch search;
    private final TaskExecutor executor;
    private final Messages messages;
    private final AtomicLong latest = new AtomicLong();

    final StringProperty text = new SimpleStringProperty("");
    final ObjectProperty<Long> member = new SimpleObjectProperty<>();
    final StringProperty yearFrom = new SimpleStringProperty("");
    final StringProperty yearTo = new SimpleStringProperty("");
    final ObjectProperty<MaterialKind> kind = new SimpleObjectProperty<>();
    final ObjectProperty<CatalogueSort> sort = new SimpleObjectProperty<>(CatalogueSort.RELEVANCE);
    final StringProperty yearError = new SimpleStringProperty("");
    final StringProperty summary = new SimpleStringProperty("");
    final ObservableList<IndexedWork> hits = FXCollections.observableArrayList();
    final ObjectProperty<IndexedWork> selected = new SimpleObjectProperty<>();
    final ObservableList<StoredRecord> records = FXCollections.observableArrayList();
    final BooleanProperty updating = new SimpleBooleanProperty();
    private Map<Long, String> memberCodes = Map.of();

    CatalogueSearchModel(UnionCatalogueService service, CatalogueSearch search, TaskExecutor executor,
                         Messages messages) {
        this.service = service;
        this.search = search;
        this.executor = executor;
        this.messages = messages;
        text.addListener((obs, old, now) -> run());
        member.addListener((obs, old, now) -> run());
        yearFrom.addListener((obs, old, now) -> run());
        yearTo.addListener((obs, old, now) -> run());
        kind.addListener((obs, old, now) -> run());
        sort.addListener((obs, old, now) -> run());
        selected.addListener((obs, old, now) -> showRecords(now));
    }

    void setMemberCodes(Map<Long, String> codes) {
        this.memberCodes = Map.copyOf(codes);
    }

    String memberCode(long memberId) {
        return memberCodes.getOrDefault(memberId, "#" + memberId);
    }

    /**
     * "ITB 2 (025.04 SUL p) · UNPAD 1": who holds the work, how many copies and under which call numbers, as the hit
     * list shows it.
     */
    String holders(IndexedWork work) {
        Map<Long, List<Holding>> byMember = work.holdings().stream().collect(Collectors.groupingBy(
                Holding::memberId, java.util.TreeMap::new, Collectors.toList()));
        return byMember.entrySet().stream().map(entry -> {
            int copies = entry.getValue().stream().mapToInt(Holding::copies).sum();
            String callNumbers = entry.getValue().stream().map(Holding::callNumber).filter(text -> !text.isBlank())
                    .distinct().collect(Collectors.joining(", "));
            return memberCode(entry.getKey()) + " " + copies + (callNumbers.isEmpty() ? "" : " (" + callNumbers + ")");
        }).sorted().collect(Collectors.joining(" \u00b7 "));
    }

    /** Brings this workstation's index up to date with the database, in the background with progress and Cancel. */
    void updateIndex(Runnable afterwards) {
        updating.set(true);
        executor.execute(BackgroundTask.wrap(progress -> {
                    search.update(service.feed(), progress);
                    return null;
                }).withProgress(messages.get("catalogue.index.updating"))
                .whenDone(() -> updating.set(false))
                .onSuccess(nothing -> {
                    run();
                    afterwards.run();
                }));
    }

    /** Asks the index for what the box and the filters say now. */
    void run() {
        Integer from = year(yearFrom.get());
        Integer to = year(yearTo.get());
        if (from != null && from < 0 || to != null && to < 0) {
            yearError.set(messages.get("catalogue.search.year_invalid"));
            return;
        }
        yearError.set("");
        CatalogueQuery query = new CatalogueQuery(text.get(), member.get() == null ? Set.of() : Set.of(member.get()),
                from, to, kind.get() == null ? Set.of() : Set.of(kind.get()), sort.get(), HITS_SHOWN);
        long asked = latest.incrementAndGet();
        executor.execute(BackgroundTask.wrap(progress -> search.search(query))
                .titled(messages.get("catalogue.search.title"))
                .onSuccess(found -> {
                    if (asked == latest.get()) {
                        show(found);
                    }
                }));
    }

    private void show(CatalogueHits found) {
        hits.setAll(found.works());
        summary.set(found.total() == 0 ? messages.get("catalogue.search.none")
                : found.total() >= COUNTED_EXACTLY ? messages.get("catalogue.search.many", found.works().size(),
                        COUNTED_EXACTLY)
                : found.total() > found.works().size()
                        ? messages.get("catalogue.search.some", found.works().size(), found.total())
                        : messages.get("catalogue.search.all", found.total()));
    }

    private void showRecords(IndexedWork work) {
        if (work == null) {
            records.clear();
            return;
        }
        executor.execute(BackgroundTask.wrap(progress -> service.recordsOfWork(work.workId()))
                .titled(messages.get("catalogue.detail.title"))
                .onSuccess(found -> {
                    if (work.equals(selected.get())) {
                        records.setAll(found);
                    }
                }));
    }

    /** A year typed in a filter: null when blank, -1 when it is not a year. */
    private static Integer year(String typed) {
        String value = typed == null ? "" : typed.strip();
        if (value.isEmpty()) {
            return null;
        }
        if (!value.matches("[0-9]{4}")) {
            return -1;
        }
        return Integer.valueOf(value);
    }

    List<IndexedWork> hitsNow() {
        return List.copyOf(hits);
    }
}
