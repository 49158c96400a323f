package id.jalin.training.ui;

import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.ui.FormDialog;
import id.jalin.kernel.ui.FormGrid;
import id.jalin.kernel.ui.ShownAs;
import id.jalin.training.domain.ParticipantRole;
import id.jalin.training.domain.Registrant;
import id.jalin.training.domain.TrainingMember;
import id.jalin.training.domain.TrainingStaff;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.stage.Window;

/**
 * Registers someone for the event: a member's staff person chosen from the member register, or a guest (name,
 * institution, e-mail, and the member library they come from if any); the role, and a forum card number to scan at
 * the door. Shown again with what was chosen after a refusal (the quota reached, the same person twice).
 */
final class RegisterDialog {
    private final Messages messages;
    private final TrainingWords words;
    private final boolean guest;
    private final ComboBox<TrainingMember> member = new ComboBox<>();
    private final ComboBox<TrainingStaff> staff = new ComboBox<>();
    private final TextField name = new TextField();
    private final TextField institution = new TextField();
    private final TextField email = new TextField();
    private final ComboBox<ParticipantRole> role = new ComboBox<>();
    private final TextField card = new TextField();

    /**
     * @param members the members the reader may register from (for a guest: any, or none)
     * @param roles   the roles the reader may give
     * @param staffOf reads a member's staff off the FX thread and hands them to the consumer
     */
    RegisterDialog(TrainingWords words, boolean guest, List<TrainingMember> members, List<ParticipantRole> roles,
                   java.util.function.BiConsumer<Long, java.util.function.Consumer<List<TrainingStaff>>> staffOf) {
        this.messages = words.messages();
        this.words = words;
        this.guest = guest;
        member.setId("trRegisterMember");
        List<TrainingMember> offered = new ArrayList<>();
        if (guest) {
            offered.add(null);
        }
        offered.addAll(members);
        member.getItems().setAll(offered);
        member.setConverter(ShownAs.words(value -> value == null ? messages.get("training.ui.register.noMember")
                : words.memberLine(value)));
        staff.setId("trRegisterStaff");
        staff.setConverter(ShownAs.words(value -> value == null ? "" : value.position().isEmpty() ? value.name()
                : value.name() + " (" + value.position() + ")"));
        staff.setPromptText(messages.get("training.ui.register.staffPrompt"));
        member.valueProperty().addListener((obs, old, now) -> {
            staff.getItems().clear();
            if (now != null && !guest) {
                staffOf.accept(now.id(), people -> {
                    if (now.equals(member.getValue())) {
                        staff.getItems().setAll(people);
                    }
                });
            }
            if (guest && now != null && institution.getText().isBlank()) {
                institution.setText(now.name());
            }
        });
        name.setId("trRegisterName");
        institution.setId("trRegisterInstitution");
        email.setId("trRegisterEmail");
        role.setId("trRegisterRole");
        role.getItems().setAll(roles);
        role.setConverter(ShownAs.words(value -> messages.label("training.role", value)));
        role.setValue(roles.contains(ParticipantRole.PARTICIPANT) ? ParticipantRole.PARTICIPANT : roles.get(0));
        card.setId("trRegisterCard");
        card.setPromptText(messages.get("training.ui.register.cardPrompt"));
        member.setValue(guest ? null : members.isEmpty() ? null : members.get(0));
    }

    record Typed(Registrant who, ParticipantRole role, String cardNumber, Map<String, String> errors) {
    }

    Optional<Typed> ask(Window owner, Map<String, String> errors) {
        FormGrid form = new FormGrid();
        if (guest) {
            form.row("name", messages.get("training.ui.register.name"), name)
                    .row("institution", messages.get("training.ui.register.institution"), institution)
                    .row("email", messages.get("training.ui.register.email"), email)
                    .row("member", messages.get("training.ui.register.fromMember"), member);
        } else {
            form.row("member", messages.get("training.ui.register.member"), member)
                    .row("person", messages.get("training.ui.register.person"), staff);
        }
        form.row("role", messages.get("training.ui.register.role"), role)
                .row("cardNumber", messages.get("training.ui.register.card"), card);
        String title = messages.get(guest ? "training.ui.register.guestTitle" : "training.ui.register.staffTitle");
        return FormDialog.ask(owner, messages, "trRegister", title, messages.get("training.ui.register.ok"), form,
                errors, this::typed);
    }

    private Typed typed() {
        Map<String, String> errors = new LinkedHashMap<>();
        Registrant who;
        if (guest) {
            TrainingMember from = member.getValue();
            who = new Registrant.Guest(name.getText(), institution.getText(), email.getText(),
                    from == null ? null : from.id());
        } else {
            TrainingStaff person = staff.getValue();
            if (person == null) {
                errors.put("person", messages.get("training.ui.register.choosePerson"));
                who = null;
            } else {
                who = new Registrant.Staff(person.memberId(), person.id());
            }
        }
        return new Typed(who, role.getValue(), card.getText().strip(), errors);
    }
}
