package id.jalin.crossservice.print;

import id.jalin.kernel.pdf.LetterheadData;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A letter of introduction (surat pengantar) with which a home library sends a card holder to a host library.
 *
 * @param letterhead the home library's letterhead
 * @param letterNumber its number in the forum's letter numbering (required: see {@code IntroductionLetterNumber})
 * @param visitUntil the last day of the visit, or null (or equal to {@code visitFrom}) for a one-day visit
 * @param purposeId why the holder visits, in Indonesian
 * @param purposeEn the same in English; blank prints the Indonesian text in both columns
 * @param forumName the forum whose cross-service card the holder carries
 */
public record IntroductionLetter(LetterheadData letterhead, String letterNumber, String place, LocalDate date,
                                 String homeLibraryName, String hostLibraryName, String holderName, String cardNumber,
                                 String programme, LocalDate visitFrom, LocalDate visitUntil, String purposeId,
                                 String purposeEn, String forumName, String signatoryName, String signatoryPosition) {
    public IntroductionLetter {
        Objects.requireNonNull(letterhead, "letterhead");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(visitFrom, "visitFrom");
        Objects.requireNonNull(hostLibraryName, "hostLibraryName");
        Objects.requireNonNull(holderName, "holderName");
        if (visitUntil != null && visitUntil.isBefore(visitFrom)) {
            throw new IllegalArgumentException("A visit cannot end before it starts: " + visitFrom + " - " + visitUntil);
        }
        if (letterNumber == null || letterNumber.isBlank()) {
            // an official letter without its number is sent back by the host library; never print one
            throw new IllegalArgumentException("An introduction letter needs its number");
        }
        place = blankIfNull(place);
        homeLibraryName = blankIfNull(homeLibraryName);
        cardNumber = blankIfNull(cardNumber);
        programme = blankIfNull(programme);
        purposeId = blankIfNull(purposeId);
        purposeEn = blankIfNull(purposeEn);
        forumName = blankIfNull(forumName);
        signatoryName = blankIfNull(signatoryName);
        signatoryPosition = blankIfNull(signatoryPosition);
    }

    public boolean isOneDay() {
        return visitUntil == null || visitUntil.equals(visitFrom);
    }

    private static String blankIfNull(String text) {
        return text == null ? "" : text;
    }
}
