package id.jalin.kernel.ui;

/** Brings a feature's screen to the front of the main window. */
@FunctionalInterface
public interface Navigator {
    void show(String featureId);
}
