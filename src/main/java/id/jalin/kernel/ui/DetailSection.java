package id.jalin.kernel.ui;

import id.jalin.kernel.i18n.Messages;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;

/**
 * A section one feature adds to another feature's form, for example a member's agreements below the member's
 * staff. It lives in the kernel so that the contributing feature needs nothing of the host feature's screens.
 * It follows the record being shown ({@code recordId} null for a new record).
 */
public interface DetailSection {
    Node create(Messages messages, ObservableValue<Long> recordId);
}
