package id.jalin.forum.ui;

import id.jalin.kernel.files.ImageKind;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.task.BackgroundTask;
import id.jalin.kernel.task.TaskExecutor;
import id.jalin.kernel.ui.FileDialogs;
import id.jalin.kernel.ui.Styles;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * A picture the profile keeps (the logo, the scanned signature): a preview, whether one is set, Choose and Remove.
 * The file is read off the FX thread; anything that is not a PNG or JPEG under the size limit is refused in words.
 */
final class ImagePick {
    private static final int MAX_BYTES = 2 * 1024 * 1024;

    private final ImageView preview = new ImageView();
    private final Label state = new Label();
    private final Node node;
    private final String presentKey;
    private final String noneKey;
    private final Messages messages;
    private byte[] image;

    /**
     * @param keys the bundle keys for: the Choose button (also the file dialog's title), Remove, "one is set",
     *             "none yet", and the refusal naming the file
     */
    ImagePick(String id, byte[] initial, double previewWidth, Messages messages, TaskExecutor executor,
              FileDialogs files, Window owner, Consumer<String> showError, String chooseKey, String removeKey,
              String presentKey, String noneKey, String refusedKey) {
        this.messages = messages;
        this.presentKey = presentKey;
        this.noneKey = noneKey;
        this.image = initial;
        preview.setFitHeight(56);
        preview.setFitWidth(previewWidth);
        preview.setPreserveRatio(true);
        state.getStyleClass().add(Styles.MUTED);
        Button choose = new Button(messages.get(chooseKey));
        choose.setId(id + "Choose");
        choose.setOnAction(event -> files.open(owner, messages.get(chooseKey), FileDialogs.FileKind.IMAGE)
                .ifPresent(path -> executor.execute(BackgroundTask.wrap(progress -> Files.readAllBytes(path))
                        .titled(messages.get("forum.task.logo"))
                        .onSuccess(bytes -> {
                            if (bytes.length > MAX_BYTES || ImageKind.drawable(bytes).isEmpty()) {
                                showError.accept(messages.get(refusedKey, path.getFileName()));
                            } else {
                                image = bytes;
                                showError.accept("");
                                show();
                            }
                        }))));
        Button remove = new Button(messages.get(removeKey));
        remove.setId(id + "Remove");
        remove.setOnAction(event -> {
            image = null;
            show();
        });
        show();
        node = new HBox(8, preview, new VBox(4, state, new HBox(6, choose, remove)));
    }

    Node node() {
        return node;
    }

    byte[] image() {
        return image;
    }

    private void show() {
        boolean present = image != null && image.length > 0;
        preview.setImage(present ? new Image(new ByteArrayInputStream(image)) : null);
        state.setText(messages.get(present ? presentKey : noneKey));
    }
}
