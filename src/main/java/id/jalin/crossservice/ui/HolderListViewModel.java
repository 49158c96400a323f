package id.jalin.crossservice.ui;

import id.jalin.crossservice.domain.CardHolderService;
import id.jalin.crossservice.domain.CardService;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.task.BackgroundTask;
import id.jalin.kernel.task.TaskExecutor;
import id.jalin.member.domain.Library;
import id.jalin.member.domain.MemberService;
import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/** The chosen home library, its holders with their current card, and the search over them. */
final class HolderListViewModel {
    private final CardHolderService holders;
    private final CardService cards;
    private final MemberService members;
    private final TaskExecutor executor;
    private final Messages messages;

    final ObservableList<Library> libraries = FXCollections.observableArrayList();
    final ObjectProperty<Library> library = new SimpleObjectProperty<>();
    final StringProperty search = new SimpleStringProperty("");
    final StringProperty error = new SimpleStringProperty("");
    private final ObservableList<HolderRow> rows = FXCollections.observableArrayList();
    private final FilteredList<HolderRow> shown = new FilteredList<>(rows);

    HolderListViewModel(CardHolderService holders, CardService cards, MemberService members, TaskExecutor executor,
                        Messages messages) {
        this.holders = holders;
        this.cards = cards;
        this.members = members;
        this.executor = executor;
        this.messages = messages;
        search.addListener((obs, old, text) -> shown.setPredicate(row -> row.matches(text)));
        library.addListener((obs, old, chosen) -> reload(null));
    }

    /** The library to choose once the libraries are read (the one shown before a language switch), or null. */
    private Long preferredLibrary;

    void preferLibrary(long libraryId) {
        libraries.stream().filter(l -> l.id() == libraryId).findFirst().ifPresentOrElse(library::set,
                () -> preferredLibrary = libraryId);
    }

    void loadLibraries() {
        executor.execute(BackgroundTask.wrap(progress -> members.libraries())
                .onSuccess(found -> {
                    libraries.setAll(found);
                    Long preferred = preferredLibrary;
                    preferredLibrary = null;
                    found.stream().filter(l -> preferred != null && l.id().equals(preferred)).findFirst()
                            .ifPresent(library::set);
                    if (library.get() == null && !found.isEmpty()) {
                        library.set(found.get(0));
                    }
                })
                .onFailure(this::failed));
    }

    /** Reads the holders of the chosen library again; {@code then} runs with the rows once they are shown. */
    void reload(Runnable then) {
        Library chosen = library.get();
        if (chosen == null || chosen.id() == null) {
            rows.clear();
            return;
        }
        long libraryId = chosen.id();
        executor.execute(BackgroundTask.wrap(progress -> {
                    LocalDate today = cards.today();
                    return holders.holdersOf(libraryId).stream()
                            .map(h -> HolderRow.of(h, cards.cardsOf(h.id()), today)).toList();
                })
                .onSuccess(found -> {
                    if (library.get() != null && library.get().id() == libraryId) {
                        rows.setAll(found);
                        error.set("");
                        if (then != null) {
                            then.run();
                        }
                    }
                })
                .onFailure(this::failed));
    }

    private void failed(Throwable failure) {
        error.set(messages.get("holder.screen.loadFailed", String.valueOf(failure.getMessage())));
    }

    ObservableList<HolderRow> shown() {
        return shown;
    }

    List<HolderRow> all() {
        return List.copyOf(rows);
    }

    Long libraryId() {
        return library.get() == null ? null : library.get().id();
    }
}
