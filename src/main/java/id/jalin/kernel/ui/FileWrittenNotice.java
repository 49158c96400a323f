package id.jalin.kernel.ui;

import id.jalin.kernel.i18n.Messages;
import java.nio.file.Path;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;

/**
 * After a PDF or report is written: says where it went, with Open and Show in folder, and says so in words when
 * this computer has no program to open it. Every print and export action uses it, so no file lands somewhere the
 * user never learns of. The notice does not block the window: printing the next card need not wait for it.
 */
public final class FileWrittenNotice {
    private final Messages messages;
    private final FileOpener opener;

    public FileWrittenNotice(Messages messages, FileOpener opener) {
        this.messages = messages;
        this.opener = opener;
    }

    /** Shows the notice; with {@code openNow} the file is also opened at once, as printing has always done. */
    public void show(Window owner, String title, Path file, boolean openNow) {
        Label where = new Label(messages.get("written.where", file.toAbsolutePath()));
        where.setId("writtenPath");
        where.setWrapText(true);
        where.setMaxWidth(520);
        Label cannotOpen = new Label();
        cannotOpen.setId("writtenOpenProblem");
        cannotOpen.setWrapText(true);
        cannotOpen.setMaxWidth(520);
        cannotOpen.getStyleClass().add(Styles.FIELD_ERROR);
        cannotOpen.managedProperty().bind(cannotOpen.textProperty().isNotEmpty());
        Button open = new Button(messages.get("written.open"));
        open.setId("openWrittenButton");
        open.setOnAction(event -> tell(cannotOpen, opener.open(file), "written.noViewer"));
        Button folder = new Button(messages.get("written.showInFolder"));
        folder.setId("showWrittenFolderButton");
        folder.setOnAction(event -> tell(cannotOpen, opener.showInFolder(file), "written.noFileManager"));

        Alert alert = new Alert(Alert.AlertType.INFORMATION, "",
                new ButtonType(messages.get("common.button.close"), ButtonBar.ButtonData.OK_DONE));
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.initModality(Modality.NONE);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.getDialogPane().setId("fileWrittenNotice");
        alert.getDialogPane().setContent(new VBox(10, where, new HBox(8, open, folder), cannotOpen));
        if (openNow) {
            tell(cannotOpen, opener.open(file), "written.noViewer");
        }
        alert.show();
    }

    private void tell(Label cannotOpen, boolean done, String problemKey) {
        cannotOpen.setText(done ? "" : messages.get(problemKey));
    }
}
