package id.jalin.member.ui;

import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.money.Money;
import id.jalin.kernel.task.BackgroundTask;
import id.jalin.kernel.task.TaskExecutor;
import id.jalin.kernel.validation.FieldError;
import id.jalin.kernel.validation.Validation;
import id.jalin.member.domain.CatalogueAddress;
import id.jalin.member.domain.CatalogueServerKind;
import id.jalin.member.domain.ForumRole;
import id.jalin.member.domain.HoldingsSummary;
import id.jalin.member.domain.Library;
import id.jalin.member.domain.LibraryKind;
import id.jalin.member.domain.Member;
import id.jalin.member.domain.MemberRules;
import id.jalin.member.domain.MemberService;
import id.jalin.member.domain.MemberStatus;
import id.jalin.kernel.validation.SaveResult;
import id.jalin.member.domain.StaffMember;
import id.jalin.kernel.validation.ContactRules;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/**
 * The member form: one property per field, the staff being edited, and the errors per field.
 * Nothing reaches the database until {@link #save()}, which stores the library and its staff in one transaction.
 */
public final class MemberFormViewModel implements id.jalin.kernel.ui.UnsavedChanges {
    private final MemberService service;
    private final TaskExecutor executor;
    private final Messages messages;
    private final Consumer<Member> onSaved;

    final StringProperty code = new SimpleStringProperty("");
    final StringProperty name = new SimpleStringProperty("");
    final StringProperty institution = new SimpleStringProperty("");
    final ObjectProperty<LibraryKind> kind = new SimpleObjectProperty<>(LibraryKind.UNIVERSITY);
    final ObjectProperty<MemberStatus> status = new SimpleObjectProperty<>(MemberStatus.ACTIVE);
    final StringProperty address = new SimpleStringProperty("");
    final StringProperty city = new SimpleStringProperty("");
    final StringProperty province = new SimpleStringProperty("Jawa Barat");
    final StringProperty phone = new SimpleStringProperty("");
    final StringProperty email = new SimpleStringProperty("");
    final StringProperty website = new SimpleStringProperty("");
    final ObjectProperty<LocalDate> joinedOn = new SimpleObjectProperty<>();
    final StringProperty duesClass = new SimpleStringProperty("");
    final StringProperty yearlyDues = new SimpleStringProperty("");
    final StringProperty collectionTitles = new SimpleStringProperty("");
    final StringProperty notes = new SimpleStringProperty("");
    final StringProperty catalogueUrl = new SimpleStringProperty("");
    final ObjectProperty<CatalogueServerKind> catalogueKind = new SimpleObjectProperty<>();
    /** The shown member's last load into the union catalogue, in words; empty while a new member is typed. */
    private final javafx.beans.property.ReadOnlyStringWrapper holdingsLine =
            new javafx.beans.property.ReadOnlyStringWrapper("");

    final StringProperty staffName = new SimpleStringProperty("");
    final StringProperty staffPosition = new SimpleStringProperty("");
    final StringProperty staffEmail = new SimpleStringProperty("");
    final StringProperty staffPhone = new SimpleStringProperty("");
    final ObjectProperty<ForumRole> staffRole = new SimpleObjectProperty<>(ForumRole.NONE);
    final StringProperty staffError = new SimpleStringProperty("");
    /** What the staff entry fields were filled with (empty, or the chosen staff row), and that row's place. */
    private final ObjectProperty<List<Object>> staffEntryBase = new SimpleObjectProperty<>(emptyStaffEntry());
    private int staffEntryIndex = -1;
    /** A person typed into the staff fields but not yet added (or a chosen one changed but not updated). */
    private final javafx.beans.binding.BooleanBinding staffEntryPending = javafx.beans.binding.Bindings
            .createBooleanBinding(() -> !staffEntry().equals(staffEntryBase.get()), staffName, staffPosition,
                    staffEmail, staffPhone, staffRole, staffEntryBase);
    final ObservableList<StaffRow> staff = FXCollections.observableArrayList();

    final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    /** Whether the person signed in may change what the form shows (the service checks again on save). */
    private final ReadOnlyBooleanWrapper mayEdit = new ReadOnlyBooleanWrapper(false);
    /** Whether they may change the forum's part of the entry: code, status, joining date, dues. */
    private final ReadOnlyBooleanWrapper mayEditForumPart = new ReadOnlyBooleanWrapper(false);
    /** Set when a save was refused because someone else saved or deleted first; the view asks what to do. */
    private final ReadOnlyObjectWrapper<SaveResult.Conflict> conflict = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<String> heading = new ReadOnlyObjectWrapper<>("");
    private final BooleanProperty editing = new SimpleBooleanProperty(false);

    /** The form's fields and staff list as one value, to tell typing from what was loaded. */
    private final id.jalin.kernel.ui.DirtyTracker tracker = new id.jalin.kernel.ui.DirtyTracker(this::typedState,
            code, name, institution, kind, status, address, city, province, phone, email, website, joinedOn,
            duesClass, yearlyDues, collectionTitles, notes, catalogueUrl, catalogueKind, staff);
    /** "Saved", shown quietly after a save until the next change. */
    private final ReadOnlyObjectWrapper<String> savedNotice = new ReadOnlyObjectWrapper<>("");
    private final ReadOnlyObjectWrapper<Member> lastSaved = new ReadOnlyObjectWrapper<>();
    /** The member as last loaded or saved, what Discard goes back to; null for a new one. */
    private Member loaded;
    private final id.jalin.kernel.ui.StepAfterSave afterSave = new id.jalin.kernel.ui.StepAfterSave();
    private final javafx.beans.binding.BooleanBinding dirty = tracker.dirtyProperty().or(staffEntryPending);

    private Long id;
    private int version;
    private final javafx.beans.property.ObjectProperty<Long> shownLibraryId = new SimpleObjectProperty<>();

    public MemberFormViewModel(MemberService service, TaskExecutor executor, Messages messages,
                               Consumer<Member> onSaved) {
        this.service = service;
        this.executor = executor;
        this.messages = messages;
        this.onSaved = member -> {
            savedNotice.set(messages.get("common.saved"));
            onSaved.accept(member);
            lastSaved.set(member);
            afterSave.saved();
        };
        // A refused save or a conflict cancels the step that was to follow it: the user stays on the form.
        afterSave.droppedOnErrors(errors);
        conflict.addListener((obs, old, now) -> afterSave.drop());
        dirty.addListener((obs, was, now) -> {
            if (now) {
                savedNotice.set("");
            }
        });
        startNew();
    }

    private Object typedState() {
        return List.of(java.util.Arrays.asList(code.get(), name.get(), institution.get(), address.get(), city.get(), province.get(),
                phone.get(), email.get(), website.get(), duesClass.get(), yearlyDues.get(), collectionTitles.get(),
                notes.get(), catalogueUrl.get()), java.util.Arrays.asList(kind.get(), status.get(), joinedOn.get(),
                catalogueKind.get()), List.copyOf(staff));
    }

    /** Empties the form for a new member. */
    public void startNew() {
        id = null;
        version = 0;
        shownLibraryId.set(null);
        fill(Member.of(new Library(null, 0, "", "", "", LibraryKind.UNIVERSITY, "", "", "Jawa Barat", "", "", "",
                LocalDate.now(), MemberStatus.ACTIVE, "", Money.ZERO, null, "")));
        yearlyDues.set("");
        heading.set(messages.get("member.form.newTitle"));
        mayEdit.set(service.mayChangeRegister());
        mayEditForumPart.set(mayEdit.get());
        editing.set(true);
        loaded = null;
        savedNotice.set("");
        tracker.markClean();
    }

    /** Shows a stored member. */
    public void load(Member member) {
        id = member.library().id();
        version = member.library().version();
        shownLibraryId.set(id);
        fill(member);
        heading.set(member.library().name());
        mayEdit.set(service.mayEdit(id));
        mayEditForumPart.set(mayEdit.get() && service.mayChangeForumPart());
        editing.set(true);
        loaded = member;
        savedNotice.set("");
        tracker.markClean();
    }

    private void fill(Member member) {
        Library l = member.library();
        code.set(l.code());
        name.set(l.name());
        institution.set(l.institution());
        kind.set(l.kind());
        status.set(l.status());
        address.set(l.address());
        city.set(l.city());
        province.set(l.province());
        phone.set(l.phone());
        email.set(l.email());
        website.set(l.website());
        joinedOn.set(l.joinedOn());
        duesClass.set(l.duesClass());
        yearlyDues.set(messages.money(l.yearlyDues()));
        collectionTitles.set(l.collectionTitles() == null ? ""
                : java.text.NumberFormat.getIntegerInstance(messages.language().locale()).format(l.collectionTitles()));
        notes.set(l.notes());
        catalogueUrl.set(l.catalogue().url());
        catalogueKind.set(l.catalogue().kind());
        staff.setAll(member.staff().stream().map(StaffRow::of).toList());
        clearStaffFields();
        errors.clear();
        conflict.set(null);
    }

    public boolean isNew() {
        return id == null;
    }

    /** Checks the typed values and, if they pass, stores them off the FX thread. */
    public void save() {
        // a person typed into the staff fields is saved with the member, as if added first
        if (staffEntryPending.get() && !applyStaffEntry()) {
            afterSave.drop();
            return;
        }
        List<FieldError> typing = new ArrayList<>();
        Money dues = parseDues(typing);
        Integer titles = parseTitles(typing);
        Member member = toMember(dues, titles);
        Validation rules = MemberRules.validate(member);
        Validation all = rules.and(new Validation(typing));
        if (!all.isValid()) {
            showErrors(all);
            return;
        }
        errors.clear();
        busy.set(true);
        executor.execute(BackgroundTask.wrap(progress -> service.save(member))
                .titled(messages.get("member.task.save", member.library().code()))
                .whenDone(() -> busy.set(false))
                .onSuccess(result -> {
                    if (result instanceof SaveResult.Saved<Member> saved) {
                        load(saved.value());
                        onSaved.accept(saved.value());
                    } else if (result instanceof SaveResult.Invalid<Member> invalid) {
                        showErrors(invalid.validation());
                    } else if (result instanceof SaveResult.Conflict stale) {
                        conflict.set(stale);
                    }
                }));
    }

    /** Saves, and once stored runs {@code then}; a refused or failed save leaves the user on the form. */
    @Override
    public void save(Runnable then) {
        afterSave.await(then);
        save();
    }

    /** Goes back to the member as loaded or last saved (or an empty form for a new one), at once. */
    @Override
    public void discard() {
        afterSave.drop();
        if (loaded == null) {
            startNew();
        } else {
            load(loaded);
        }
    }

    @Override
    public javafx.beans.value.ObservableBooleanValue dirtyProperty() {
        return dirty;
    }

    public ReadOnlyObjectProperty<String> savedNoticeProperty() {
        return savedNotice.getReadOnlyProperty();
    }

    /** The member each successful save stored, for the list to keep it selected. */
    public ReadOnlyObjectProperty<Member> lastSavedProperty() {
        return lastSaved.getReadOnlyProperty();
    }

    /** After a conflict: throw away the typed text and show what is stored now. */
    public void reloadAfterConflict() {
        if (id == null) {
            return;
        }
        Long reloadId = id;
        executor.execute(BackgroundTask.wrap(progress -> service.member(reloadId)).titled(messages.get("member.task.reload"))
                .onSuccess(found -> found.ifPresentOrElse(this::load, this::startNew)));
    }

    /**
     * After a conflict: keep the typed text, but take the stored version number, so the next save
     * deliberately re-applies this text over the other person's change.
     */
    public void keepMineAfterConflict() {
        if (id == null) {
            return;
        }
        Long reloadId = id;
        executor.execute(BackgroundTask.wrap(progress -> service.member(reloadId)).titled(messages.get("member.task.reload"))
                .onSuccess(found -> {
                    conflict.set(null);
                    found.ifPresentOrElse(stored -> {
                        version = stored.library().version();
                        // Staff rows the other person removed must be inserted again, not updated.
                        var storedIds = stored.staff().stream().map(StaffMember::id).toList();
                        staff.replaceAll(row -> row.id() != null && !storedIds.contains(row.id())
                                ? new StaffRow(null, 0, row.name(), row.position(), row.email(), row.phone(), row.role())
                                : row);
                        errors.put("form", messages.get("stale.kept"));
                    }, () -> {
                        id = null;
                        version = 0;
                        staff.replaceAll(row -> new StaffRow(null, 0, row.name(), row.position(), row.email(),
                                row.phone(), row.role()));
                    });
                }));
    }

    public void addStaff() {
        StaffRow row = new StaffRow(null, 0, staffName.get(), staffPosition.get(), staffEmail.get(),
                staffPhone.get(), staffRole.get());
        if (checkStaff(row, -1)) {
            staff.add(row);
            clearStaffFields();
        }
    }

    public void updateStaff(int index) {
        if (index < 0 || index >= staff.size()) {
            return;
        }
        StaffRow row = staff.get(index).withValues(staffName.get(), staffPosition.get(), staffEmail.get(),
                staffPhone.get(), staffRole.get());
        if (checkStaff(row, index)) {
            staff.set(index, row);
            clearStaffFields();
        }
    }

    public void removeStaff(int index) {
        if (index >= 0 && index < staff.size()) {
            staff.remove(index);
            clearStaffFields();
        }
    }

    public void selectStaff(int index) {
        if (index < 0 || index >= staff.size()) {
            return;
        }
        StaffRow row = staff.get(index);
        staffName.set(row.name());
        staffPosition.set(row.position());
        staffEmail.set(row.email());
        staffPhone.set(row.phone());
        staffRole.set(row.role());
        staffError.set("");
        staffEntryIndex = index;
        staffEntryBase.set(staffEntry());
    }

    /** Adds the person typed, or updates the chosen one; false (with the reason shown) when refused. */
    private boolean applyStaffEntry() {
        int before = staff.size();
        if (staffEntryIndex < 0) {
            addStaff();
            return staff.size() > before;
        }
        updateStaff(staffEntryIndex);
        return staffError.get().isEmpty();
    }

    private List<Object> staffEntry() {
        return java.util.Arrays.asList(staffName.get(), staffPosition.get(), staffEmail.get(), staffPhone.get(),
                staffRole.get());
    }

    private static List<Object> emptyStaffEntry() {
        return java.util.Arrays.asList("", "", "", "", ForumRole.NONE);
    }

    private boolean checkStaff(StaffRow row, int replacing) {
        String error = "";
        if (row.name().isBlank()) {
            error = messages.get("member.error.staffName.required", staff.size() + 1);
        } else if (!row.email().isBlank() && !ContactRules.isEmail(row.email().strip())) {
            error = messages.get("member.error.email.shape", row.email());
        } else if (!row.phone().isBlank() && !ContactRules.isPhone(row.phone().strip())) {
            error = messages.get("member.error.phone.shape", row.phone());
        } else {
            for (int i = 0; i < staff.size(); i++) {
                if (i != replacing && staff.get(i).name().strip().equalsIgnoreCase(row.name().strip())) {
                    error = messages.get("member.error.staffName.duplicate", row.name().strip());
                }
            }
        }
        staffError.set(error);
        return error.isEmpty();
    }

    private void clearStaffFields() {
        staffName.set("");
        staffPosition.set("");
        staffEmail.set("");
        staffPhone.set("");
        staffRole.set(ForumRole.NONE);
        staffError.set("");
        staffEntryIndex = -1;
        staffEntryBase.set(emptyStaffEntry());
    }

    private Money parseDues(List<FieldError> typing) {
        String text = yearlyDues.get();
        if (text == null || text.isBlank()) {
            return Money.ZERO;
        }
        return Money.parse(text, messages.language().locale()).orElseGet(() -> {
            typing.add(FieldError.of("yearlyDues", "member.error.dues.format"));
            return Money.ZERO;
        });
    }

    private Integer parseTitles(List<FieldError> typing) {
        String text = collectionTitles.get() == null ? "" : collectionTitles.get().strip();
        if (text.isEmpty()) {
            return null;
        }
        String digits = text.replace(".", "").replace(",", "").replace(" ", "");
        try {
            return Integer.valueOf(digits);
        } catch (NumberFormatException e) {
            typing.add(FieldError.of("collectionTitles", "member.error.collection.format"));
            return null;
        }
    }

    private Member toMember(Money dues, Integer titles) {
        Library library = new Library(id, version, code.get(), name.get(), institution.get(), kind.get(),
                address.get(), city.get(), province.get(), phone.get(), email.get(), website.get(), joinedOn.get(),
                status.get(), duesClass.get(), dues, titles, notes.get(),
                new CatalogueAddress(catalogueUrl.get(), catalogueKind.get()));
        return new Member(library, staff.stream().map(StaffRow::toStaff).toList());
    }

    private void showErrors(Validation validation) {
        errors.clear();
        for (FieldError error : validation.errors()) {
            String field = error.field().startsWith("staff.") ? "staff" : error.field();
            errors.putIfAbsent(field, messages.get(error.messageKey(), error.args().toArray()));
        }
    }

    /**
     * Follows the register's holdings summaries: the line shows the summary of the member on the form, and changes
     * when another member is shown or the summaries are read again.
     */
    void followHoldings(ObservableMap<Long, HoldingsSummary> holdings) {
        holdingsLine.bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            Long shown = shownLibraryId.get();
            return shown == null ? "" : HoldingsText.sentence(messages, holdings.get(shown));
        }, holdings, shownLibraryId));
    }

    public javafx.beans.property.ReadOnlyStringProperty holdingsLineProperty() {
        return holdingsLine.getReadOnlyProperty();
    }

    public ObservableMap<String, String> errors() {
        return errors;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<SaveResult.Conflict> conflictProperty() {
        return conflict.getReadOnlyProperty();
    }

    public void dismissConflict() {
        conflict.set(null);
    }

    public ReadOnlyObjectProperty<String> headingProperty() {
        return heading.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty mayEditProperty() {
        return mayEdit.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty mayEditForumPartProperty() {
        return mayEditForumPart.getReadOnlyProperty();
    }

    public BooleanProperty editingProperty() {
        return editing;
    }

    Long id() {
        return id;
    }

    /** The stored library the form shows, null while a new one is typed. */
    public javafx.beans.value.ObservableValue<Long> shownLibraryIdProperty() {
        return shownLibraryId;
    }
}
