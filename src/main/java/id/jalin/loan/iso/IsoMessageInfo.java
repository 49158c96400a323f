package id.jalin.loan.iso;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Why the lender writes. All but {@code reasonForMessage} may be null: {@code answerYesNo} answers a renewal or
 * cancellation, {@code reasonUnfilled} says why it cannot lend, {@code reasonRetry} the condition under which it
 * could (e.g. "reading room only"), {@code retryAfter} the first day a retry makes sense.
 */
public record IsoMessageInfo(
        IsoReasonForMessage reasonForMessage,
        IsoYesNo answerYesNo,
        String note,
        String reasonUnfilled,
        String reasonRetry,
        IsoCosts offeredCosts,
        LocalDate retryAfter) {

    public IsoMessageInfo {
        Objects.requireNonNull(reasonForMessage, "reasonForMessage");
        note = IsoText.orNull(note);
        reasonUnfilled = IsoText.orNull(reasonUnfilled);
        reasonRetry = IsoText.orNull(reasonRetry);
    }
}
