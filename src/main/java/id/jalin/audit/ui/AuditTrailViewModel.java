package id.jalin.audit.ui;

import id.jalin.audit.domain.AuditService;
import id.jalin.audit.domain.AuditedFeature;
import id.jalin.kernel.audit.AuditAction;
import id.jalin.kernel.audit.AuditFilter;
import id.jalin.kernel.audit.AuditLogEntry;
import id.jalin.kernel.audit.AuditSort;
import id.jalin.kernel.audit.AuditUser;
import id.jalin.kernel.audit.FieldChange;
import id.jalin.kernel.export.ColumnKind;
import id.jalin.kernel.export.ExportTable;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.paging.PageRequest;
import id.jalin.kernel.paging.SortDirection;
import id.jalin.kernel.task.BackgroundTask;
import id.jalin.kernel.task.TaskExecutor;
import id.jalin.kernel.ui.FailureExplainer;
import id.jalin.kernel.ui.PagedRows;
import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The audit trail browser: who, period, feature and a part of the record's label narrow the list, which is read a
 * page at a time, newest first; the chosen entry's changed fields show beside it.
 */
public final class AuditTrailViewModel {
    /** The changes column shows this much; the detail pane shows everything. */
    static final int SUMMARY = 90;

    final ObjectProperty<AuditUser> user = new SimpleObjectProperty<>();
    final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    final ObjectProperty<String> feature = new SimpleObjectProperty<>();
    final StringProperty search = new SimpleStringProperty("");
    final StringProperty error = new SimpleStringProperty("");
    final ObjectProperty<AuditLogEntry> selected = new SimpleObjectProperty<>();
    final ObservableList<AuditUser> users = FXCollections.observableArrayList();
    final ObservableList<String> features = FXCollections.observableArrayList();
    final ObservableList<FieldChange> changes = FXCollections.observableArrayList();

    private final AuditService service;
    private final TaskExecutor executor;
    private final Messages messages;
    private final PagedRows<AuditLogEntry, AuditSort> rows;

    public AuditTrailViewModel(AuditService service, TaskExecutor executor, Messages messages) {
        this.service = service;
        this.executor = executor;
        this.messages = messages;
        // newest first: the change someone asks about is usually recent
        rows = new PagedRows<>(executor, new PageRequest<>(0, PageRequest.DEFAULT_SIZE, AuditSort.TIME,
                SortDirection.DESCENDING, ""), null, this::failed);
        search.addListener((obs, old, text) -> rows.filter(text));
        user.addListener((obs, old, now) -> read());
        from.addListener((obs, old, now) -> read());
        to.addListener((obs, old, now) -> read());
        feature.addListener((obs, old, now) -> read());
        rows.pageProperty().addListener((obs, old, page) -> error.set(""));
        selected.addListener((obs, old, entry) -> changes.setAll(entry == null ? List.of() : entry.changes()));
    }

    /** Reads the people and features for the filters, then the first page. */
    public void load() {
        executor.execute(BackgroundTask.wrap(progress -> new Choices(service.users(), service.features()))
                .onSuccess(choices -> {
                    users.setAll(choices.users());
                    // in the order of their names in the user's language
                    features.setAll(choices.features().stream()
                            .sorted(java.util.Comparator.comparing(this::featureName)).toList());
                    read();
                })
                .onFailure(this::failed));
    }

    /** The filter besides the typed text, or null while the period runs backwards. */
    AuditFilter filter() {
        LocalDate start = from.get();
        LocalDate end = to.get();
        if (start != null && end != null && end.isBefore(start)) {
            return null;
        }
        return new AuditFilter(user.get() == null ? null : user.get().login(), start, end, feature.get(), null, null);
    }

    private void read() {
        AuditFilter filter = filter();
        if (filter == null) {
            rows.clear();
            error.set(messages.get("audit.error.period"));
        } else {
            rows.readFrom(request -> service.page(filter, request));
        }
    }

    private void failed(Throwable failure) {
        error.set(messages.get("audit.error.load", new FailureExplainer(messages).reason(failure)));
    }

    PagedRows<AuditLogEntry, AuditSort> rows() {
        return rows;
    }

    String featureName(String stored) {
        return stored == null ? messages.get("audit.filter.allFeatures")
                : AuditedFeature.of(stored).map(f -> messages.label("audit.feature", f)).orElse(stored);
    }

    String userName(AuditUser person) {
        return person == null ? messages.get("audit.filter.allUsers") : person.name() + " (" + person.login() + ")";
    }

    /**
     * One short line for the table: an update's fields with old and new values, cut to {@link #SUMMARY} characters;
     * a record created or deleted, how many fields it had (all of them are in the detail).
     */
    String summary(AuditLogEntry entry) {
        if (entry.action() == AuditAction.CREATE || entry.action() == AuditAction.DELETE) {
            return messages.get("audit.summary.fields", entry.changes().size());
        }
        StringBuilder text = new StringBuilder();
        for (FieldChange change : entry.changes()) {
            if (!text.isEmpty()) {
                text.append("; ");
            }
            text.append(change.field()).append(": ").append(shown(change.oldValue())).append(" \u2192 ")
                    .append(shown(change.newValue()));
        }
        return text.length() <= SUMMARY ? text.toString() : text.substring(0, SUMMARY - 1) + "\u2026";
    }

    String shown(String value) {
        return value == null ? messages.get("audit.value.none") : value;
    }

    /**
     * The whole filtered trail as the export writes it, one row per changed field (an entry without fields, one
     * row): when as a date-time cell, the record id as a number, the rest as text.
     */
    ExportTable exportTable(AuditFilter filter, String text) {
        ExportTable.Builder table = ExportTable.builder(messages.get("audit.export.sheet"))
                .column(messages.get("audit.column.when"), ColumnKind.DATE_TIME)
                .column(messages.get("audit.column.login"), ColumnKind.TEXT)
                .column(messages.get("audit.column.who"), ColumnKind.TEXT)
                .column(messages.get("audit.column.action"), ColumnKind.TEXT)
                .column(messages.get("audit.column.feature"), ColumnKind.TEXT)
                .column(messages.get("audit.column.table"), ColumnKind.TEXT)
                .column(messages.get("audit.column.recordId"), ColumnKind.INTEGER)
                .column(messages.get("audit.column.record"), ColumnKind.TEXT)
                .column(messages.get("audit.column.field"), ColumnKind.TEXT)
                .column(messages.get("audit.column.old"), ColumnKind.TEXT)
                .column(messages.get("audit.column.new"), ColumnKind.TEXT);
        service.each(filter, text, entry -> {
            List<FieldChange> fields = entry.changes().isEmpty() ? java.util.Collections.singletonList(null)
                    : entry.changes();
            for (FieldChange change : fields) {
                table.row(entry.occurredAt(), entry.userLogin(), entry.userName(),
                        messages.label("audit.action", entry.action()), featureName(entry.feature()), entry.table(),
                        entry.recordId(), entry.recordLabel(), change == null ? null : change.field(),
                        change == null ? null : change.oldValue(), change == null ? null : change.newValue());
            }
        });
        return table.build();
    }

    private record Choices(List<AuditUser> users, List<String> features) {
    }
}
