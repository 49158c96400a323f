package id.jalin.member.ui;

import id.jalin.kernel.i18n.Messages;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;

/**
 * A section another feature adds to the member form, below the staff: for example the member's agreements.
 * It follows the member being shown ({@code libraryId} null for a new member).
 */
public interface MemberDetailSection {
    Node create(Messages messages, ObservableValue<Long> libraryId);
}
