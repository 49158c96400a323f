package id.jalin.crossservice.print;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What the front of one cross-service card shows. The print package keeps its own input so it does not depend on
 * how card holders are stored; the caller maps its domain objects to this.
 *
 * @param kindLabelId the card kind in Indonesian, e.g. "Kartu Silang Layan"
 * @param kindLabelEn the same in English, e.g. "Cross-Service Card"
 * @param photo a JPEG or PNG portrait, or null to print the initials instead
 */
public record CardFace(String holderName, String number, String homeLibraryName, String programme,
                       String kindLabelId, String kindLabelEn, LocalDate validUntil, byte[] photo) {
    public CardFace {
        Objects.requireNonNull(holderName, "holderName");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(validUntil, "validUntil");
        homeLibraryName = homeLibraryName == null ? "" : homeLibraryName;
        programme = programme == null ? "" : programme;
        kindLabelId = kindLabelId == null ? "" : kindLabelId;
        kindLabelEn = kindLabelEn == null ? "" : kindLabelEn;
        photo = photo == null || photo.length == 0 ? null : photo.clone();
    }

    public boolean hasPhoto() {
        return photo != null;
    }

    @Override
    public byte[] photo() {
        return photo == null ? null : photo.clone();
    }
}
