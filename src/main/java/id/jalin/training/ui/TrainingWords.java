package id.jalin.training.ui;

import id.jalin.kernel.i18n.Labels;
import id.jalin.kernel.i18n.Language;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.money.Money;
import id.jalin.kernel.validation.FieldError;
import id.jalin.training.domain.EventStatus;
import id.jalin.training.domain.Registration;
import id.jalin.training.domain.RegistrationStatus;
import id.jalin.training.domain.TrainingEvent;
import id.jalin.training.domain.TrainingMember;
import id.jalin.training.domain.TrainingSession;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The training screens' words: members by name, titles in the language shown, days, times, Rupiah, refusals. */
final class TrainingWords {
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private final Messages messages;
    private final Map<Long, TrainingMember> members = new LinkedHashMap<>();

    TrainingWords(Messages messages) {
        this.messages = messages;
    }

    Messages messages() {
        return messages;
    }

    void members(List<TrainingMember> all) {
        members.clear();
        all.forEach(member -> members.put(member.id(), member));
    }

    List<TrainingMember> members() {
        return List.copyOf(members.values());
    }

    String memberName(Long id) {
        TrainingMember member = id == null ? null : members.get(id);
        return member == null ? "" : member.name();
    }

    String memberLine(TrainingMember member) {
        return member == null ? "" : member.code() + " \u2013 " + member.name();
    }

    /** The event's title in the language shown: English falls back to the Indonesian title when it has none. */
    String title(TrainingEvent event) {
        return messages.language() == Language.ENGLISH ? event.titleEnOrId() : event.titleId();
    }

    String money(Money money) {
        return messages.money(money);
    }

    String date(LocalDate date) {
        return messages.date(date);
    }

    String shortDate(LocalDate date) {
        return date == null ? "" : messages.inputDateFormat().format(date);
    }

    /** "3 Desember 2026" or "3 – 4 Desember 2026" style: both days in full when they differ. */
    String days(TrainingEvent event) {
        if (event.startsOn() == null) {
            return "";
        }
        if (event.endsOn() == null || event.endsOn().equals(event.startsOn())) {
            return date(event.startsOn());
        }
        return date(event.startsOn()) + " \u2013 " + date(event.endsOn());
    }

    String times(TrainingSession session) {
        return time(session.startsAt()) + "\u2013" + time(session.endsAt());
    }

    static String time(LocalTime time) {
        return time == null ? "" : TIME.format(time);
    }

    String status(EventStatus status) {
        return messages.label("training.status", status);
    }

    /** A registration's standing: registered, waiting with its place in the line, or cancelled. */
    String standing(Registration registration, List<Registration> waiting) {
        if (registration.status() == RegistrationStatus.WAITING) {
            int place = waiting.indexOf(registration) + 1;
            return messages.get("training.ui.registration.waitingAt", place);
        }
        return messages.label("training.registration.status", registration.status());
    }

    String error(FieldError error) {
        return messages.get(error.messageKey(), error.args().stream().map(this::shown).toArray());
    }

    String errors(List<FieldError> errors) {
        return String.join("\n", errors.stream().map(this::error).toList());
    }

    /** The refusals by field, several for one field on lines of their own. */
    Map<String, String> byField(List<FieldError> errors) {
        Map<String, String> shown = new LinkedHashMap<>();
        for (FieldError error : errors) {
            shown.merge(error.field(), error(error), (a, b) -> a + "\n" + b);
        }
        return shown;
    }

    private Object shown(Object argument) {
        if (argument instanceof Enum<?> value) {
            Labels labels = value.getDeclaringClass().getAnnotation(Labels.class);
            return labels == null || labels.value().length == 0 ? value.name()
                    : messages.label(labels.value()[0], value);
        }
        if (argument instanceof String text && isStatusName(text)) {
            return status(EventStatus.valueOf(text));
        }
        if (argument instanceof LocalDate date) {
            return messages.date(date);
        }
        if (argument instanceof Money money) {
            return money(money);
        }
        return argument;
    }

    private static boolean isStatusName(String text) {
        for (EventStatus status : EventStatus.values()) {
            if (status.name().equals(text)) {
                return true;
            }
        }
        return false;
    }
}
