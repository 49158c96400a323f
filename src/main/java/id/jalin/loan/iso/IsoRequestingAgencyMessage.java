package id.jalin.loan.iso;

import java.util.Objects;

/** A message from the borrower about a request: what it did or asks ({@code action}) and a note (may be null). */
public record IsoRequestingAgencyMessage(IsoHeader header, IsoAction action, String note) implements IsoMessage {
    public IsoRequestingAgencyMessage {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(action, "action");
        note = IsoText.orNull(note);
    }
}
