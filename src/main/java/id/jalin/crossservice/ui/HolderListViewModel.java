package id.jalin.crossservice.ui;

import id.jalin.crossservice.domain.Card;
import id.jalin.crossservice.domain.CardHolder;
import id.jalin.crossservice.domain.CardsEnding;
import id.jalin.kernel.ui.FailureExplainer;
import id.jalin.crossservice.domain.CardHolderService;
import id.jalin.crossservice.domain.CardService;
import id.jalin.crossservice.domain.HolderSort;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.paging.Page;
import id.jalin.kernel.paging.PageRequest;
import id.jalin.kernel.task.BackgroundTask;
import id.jalin.kernel.task.TaskExecutor;
import id.jalin.kernel.ui.PagedRows;
import id.jalin.member.domain.Library;
import id.jalin.member.domain.MemberService;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The chosen home library and one page of its holders with their current card. Search and sort go to the
 * database: a library may have tens of thousands of holders, and a page costs the same three queries (count,
 * holders, their cards) however many there are.
 */
final class HolderListViewModel {
    private final CardHolderService holders;
    private final CardService cards;
    private final MemberService members;
    private final TaskExecutor executor;
    private final Messages messages;

    final ObservableList<Library> libraries = FXCollections.observableArrayList();
    final ObjectProperty<Library> library = new SimpleObjectProperty<>();
    /** The search as it goes to the database; the view feeds it once typing pauses. */
    final StringProperty search = new SimpleStringProperty("");
    /** Only the holders whose card ends within the coming month ({@link CardsEnding}): a cohort to renew. */
    final javafx.beans.property.BooleanProperty endingSoon = new javafx.beans.property.SimpleBooleanProperty();
    final StringProperty error = new SimpleStringProperty("");
    private final PagedRows<HolderRow, HolderSort> rows;
    /** Whether the chosen library's holders may be added, imported and given photos by the person signed in. */
    final javafx.beans.binding.BooleanBinding mayChangeHolders;

    HolderListViewModel(CardHolderService holders, CardService cards, MemberService members, TaskExecutor executor,
                        Messages messages) {
        this.holders = holders;
        this.cards = cards;
        this.members = members;
        this.executor = executor;
        this.messages = messages;
        this.rows = new PagedRows<>(executor, PageRequest.first(HolderSort.NAME), null, this::failed);
        this.mayChangeHolders = javafx.beans.binding.Bindings.createBooleanBinding(
                () -> library.get() != null && holders.mayChangeHoldersOf(library.get().id()), library);
        search.addListener((obs, old, text) -> rows.filter(text));
        rows.pageProperty().addListener((obs, old, page) -> error.set(""));
        library.addListener((obs, old, chosen) -> libraryChanged(chosen));
        endingSoon.addListener((obs, old, now) -> libraryChanged(library.get()));
    }

    /** The library to choose once the libraries are read (the one shown before a language switch), or null. */
    private Long preferredLibrary;

    void preferLibrary(long libraryId) {
        libraries.stream().filter(l -> l.id() == libraryId).findFirst().ifPresentOrElse(library::set,
                () -> preferredLibrary = libraryId);
    }

    /** Whether to show Add and the imports at all: not to a read-only login. */
    boolean mayChangeSomeHolders() {
        return holders.mayChangeSomeHolders();
    }

    void loadLibraries() {
        executor.execute(BackgroundTask.wrap(progress -> members.libraries())
                .onSuccess(found -> {
                    libraries.setAll(found);
                    // a library's staff start on their own holders, the list they may change
                    Long preferred = preferredLibrary != null ? preferredLibrary : members.ownLibrary().orElse(null);
                    preferredLibrary = null;
                    found.stream().filter(l -> preferred != null && l.id().equals(preferred)).findFirst()
                            .ifPresent(library::set);
                    if (library.get() == null && !found.isEmpty()) {
                        library.set(found.get(0));
                    }
                })
                .onFailure(this::failed));
    }

    private void libraryChanged(Library chosen) {
        if (chosen == null || chosen.id() == null) {
            rows.clear();
            return;
        }
        long libraryId = chosen.id();
        rows.readFrom(request -> page(libraryId, request));
    }

    /** Runs off the FX thread: the page of holders, then all their cards in one query. */
    private Page<HolderRow> page(long libraryId, PageRequest<HolderSort> request) {
        LocalDate today = cards.today();
        Page<CardHolder> found = endingSoon.get()
                ? holders.page(libraryId, CardsEnding.soonAfter(today), request) : holders.page(libraryId, request);
        Map<Long, List<Card>> theirCards = cards.cardsOf(found.rows().stream().map(CardHolder::id).toList());
        return found.map(h -> HolderRow.of(h, theirCards.getOrDefault(h.id(), List.of()), today));
    }

    /** Reads the shown page again after a change; {@code then} runs once the rows are shown. */
    void reload(Runnable then) {
        rows.reload(then);
    }

    private void failed(Throwable failure) {
        error.set(messages.get("holder.screen.loadFailed", new FailureExplainer(messages).reason(failure)));
    }

    PagedRows<HolderRow, HolderSort> paged() {
        return rows;
    }

    ObservableList<HolderRow> shown() {
        return rows.rows();
    }

    Long libraryId() {
        return library.get() == null ? null : library.get().id();
    }
}
