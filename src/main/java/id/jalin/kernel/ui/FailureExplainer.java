package id.jalin.kernel.ui;

import id.jalin.kernel.i18n.Messages;
import java.util.ArrayList;
import java.util.List;

/**
 * Puts a failure into words from the bundles: a title naming what could not be done, the reason a coordinator can
 * act on, and the raw exception text (often the driver's English) kept apart as details.
 */
public final class FailureExplainer {
    /** What a failure dialog shows. */
    public record Explanation(String title, String text, String details) {
    }

    private final Messages messages;

    public FailureExplainer(Messages messages) {
        this.messages = messages;
    }

    public Explanation explain(String actionTitle, Throwable failure) {
        String title = actionTitle == null || actionTitle.isBlank()
                ? messages.get("failure.title.untitled") : messages.get("failure.title", actionTitle);
        return new Explanation(title, reason(failure), details(failure));
    }

    /** The reason in the user's language, without any of the exception's own text. */
    public String reason(Throwable failure) {
        return messages.get(FailureReason.of(failure).messageKey());
    }

    /** One line per cause, outermost first: the exception's type and its own message. */
    public static String details(Throwable failure) {
        List<String> lines = new ArrayList<>();
        for (Throwable cause = failure; cause != null && lines.size() < 10;
             cause = cause.getCause() == cause ? null : cause.getCause()) {
            String message = cause.getMessage();
            lines.add(cause.getClass().getName() + (message == null ? "" : ": " + message.strip()));
        }
        return String.join("\n", lines);
    }
}
