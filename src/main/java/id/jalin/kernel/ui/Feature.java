package id.jalin.kernel.ui;

import id.jalin.kernel.i18n.Messages;
import javafx.scene.Node;

/** A screen the navigation list offers. Only features that exist are listed: no placeholders. */
public interface Feature {
    /** A stable name, used to keep the selection when the window is re-labelled. */
    String id();

    String titleKey();

    Node createView(Messages messages);
}
