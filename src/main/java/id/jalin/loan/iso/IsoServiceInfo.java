package id.jalin.loan.iso;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The service asked for. {@code needBeforeDate} (the last useful day), {@code copyrightCompliance} (the copyright
 * note of a copy request, e.g. {@code UU-28-2014}) and {@code note} may be null.
 */
public record IsoServiceInfo(IsoServiceType serviceType, LocalDate needBeforeDate, String copyrightCompliance,
        String note) {

    public IsoServiceInfo {
        Objects.requireNonNull(serviceType, "serviceType");
        copyrightCompliance = IsoText.orNull(copyrightCompliance);
        note = IsoText.orNull(note);
    }
}
