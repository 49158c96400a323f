package id.jalin.acquisition.ui;

import id.jalin.acquisition.print.OrderList;
import id.jalin.forum.domain.ForumProfile;
import id.jalin.forum.domain.LetterNumbering;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.ui.FormDialog;
import id.jalin.kernel.ui.FormGrid;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import javafx.scene.control.TextField;
import javafx.stage.Window;

/**
 * The order list's letter details: the number the round was given (shown, not typed), the place and the
 * signatory, which the screen remembers for the next list.
 */
final class LetterDialog {
    private final TextField number = new TextField();
    private final TextField place = new TextField();
    private final TextField signatory = new TextField();
    private final TextField position = new TextField();

    LetterDialog(String city) {
        number.setId("acqLetterNumber");
        place.setId("acqLetterPlace");
        place.setText(city);
        signatory.setId("acqLetterSignatory");
        position.setId("acqLetterPosition");
    }

    /** The number the round's order letter was given: shown, not typed, so the forum's register stays whole. */
    void numbered(String letterNumber) {
        number.setText(letterNumber);
        number.setEditable(false);
    }

    Optional<AcquisitionPapers.Letter> ask(Window owner, Messages messages, ForumProfile forum, LocalDate date,
                                           Map<String, String> errors) {
        number.setPromptText(LetterNumbering.format(1, OrderList.LETTER_SERIES, forum.code(), date));
        FormGrid form = new FormGrid()
                .row("letterNumber", messages.get("acquisition.ui.letter.number"), number)
                .row("place", messages.get("acquisition.ui.letter.place"), place)
                .row("signatory", messages.get("acquisition.ui.letter.signatory"), signatory)
                .row("position", messages.get("acquisition.ui.letter.position"), position);
        String title = messages.get("acquisition.ui.letter.title");
        return FormDialog.ask(owner, messages, "acqLetter", title, messages.get("acquisition.ui.letter.ok"), form,
                errors, () -> new AcquisitionPapers.Letter(number.getText().strip(), date, place.getText().strip(),
                        signatory.getText().strip(), position.getText().strip()));
    }
}
