package id.jalin.kernel.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import org.junit.jupiter.api.Test;

/** "Save, then open the other member": the step follows a stored save once, and never a refused one. */
class StepAfterSaveTest {
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    private final StepAfterSave afterSave = new StepAfterSave().droppedOnErrors(errors);
    private final AtomicInteger opened = new AtomicInteger();

    @Test
    void theStepRunsOnceWhenTheSaveIsStored() {
        afterSave.await(opened::incrementAndGet);

        afterSave.saved();
        afterSave.saved();

        assertThat(opened).hasValue(1);
    }

    @Test
    void anErrorNextToAFieldDropsTheStep() {
        afterSave.await(opened::incrementAndGet);

        errors.put("name", "Isi nama perpustakaan.");
        afterSave.saved();

        assertThat(opened).hasValue(0);
    }
}
