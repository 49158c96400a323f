package id.jalin.transfer.ui;

import id.jalin.kernel.db.transfer.ChecksFailedException;
import id.jalin.kernel.db.transfer.TransferRefusedException;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.ui.FailureExplainer;

/** A refusal or a failed check in the user's words; anything else through the usual failure reasons. */
final class TransferWords {
    private final Messages messages;

    TransferWords(Messages messages) {
        this.messages = messages;
    }

    String reason(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof TransferRefusedException refused) {
                return messages.get("transfer.refused."
                        + refused.refusal().name().toLowerCase(java.util.Locale.ROOT), refused.arguments());
            }
            if (cause instanceof ChecksFailedException) {
                return messages.get("transfer.checksFailed");
            }
        }
        return new FailureExplainer(messages).reason(failure);
    }
}
