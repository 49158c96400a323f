package id.jalin.redistribution.ui;

import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.ui.FormDialog;
import id.jalin.kernel.ui.FormGrid;
import id.jalin.redistribution.domain.Claim;
import id.jalin.redistribution.domain.OfferRow;
import id.jalin.redistribution.domain.RedistributionMember;
import java.util.Map;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Window;

/** A library's claim on an offer: how many copies it wants, and a note for the giver. */
final class ClaimDialog {
    private final Messages messages;
    private final OfferRow row;
    private final RedistributionMember claimant;
    private final TextField copies = new TextField();
    private final TextArea note = new TextArea();
    private final Label offer = new Label();

    ClaimDialog(Messages messages, OfferRow row, RedistributionMember claimant, String giverCode) {
        this.messages = messages;
        this.row = row;
        this.claimant = claimant;
        copies.setId("claimCopies");
        copies.setText("1");
        note.setId("claimNote");
        note.setPrefRowCount(2);
        note.setWrapText(true);
        offer.setText(messages.get("redistribution.ui.claim.offer_text", row.offer().title(), giverCode,
                row.offer().copies(), row.left()));
        offer.setId("claimOffer");
        offer.setWrapText(true);
        offer.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        offer.setMaxWidth(330);

    }

    private static Label wrapping(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        label.setMaxWidth(330);
        return label;
    }

    Optional<Claim> ask(Window owner, Map<String, String> errors) {
        String heading = messages.get("redistribution.ui.claim.heading");
        return FormDialog.ask(owner, messages, "claimDialog", heading, messages.get("redistribution.ui.claim.ok"),
                form(), errors, () -> Claim.of(row.offer().id(), claimant.id(),
                        OfferDialog.whole(copies.getText(), 0), note.getText()));
    }

    /** A fresh grid around the same fields each time: a dialog shown again after a refusal keeps what was typed. */
    private FormGrid form() {
        FormGrid form = new FormGrid();
        form.row(messages.get("redistribution.ui.claim.offer"), offer)
                .row(messages.get("redistribution.ui.claim.claimant"), wrapping(claimant.code() + " \u2013 "
                        + claimant.name()))
                .row("copies", messages.get("redistribution.ui.claim.copies"), copies)
                .row("note", messages.get("redistribution.ui.claim.note"), note);
        return form;
    }

}
