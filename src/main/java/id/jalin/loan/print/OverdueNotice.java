package id.jalin.loan.print;

import id.jalin.kernel.pdf.LetterheadData;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A letter on the forum's letterhead telling one borrowing library which of its interlibrary loans are overdue.
 *
 * @param letterhead the forum's letterhead ({@code ForumProfile.letterhead()}); its name is the sender
 * @param letterNumber the letter's number in the forum's letter numbering (required)
 * @param date the day of the letter, from which the items are overdue
 * @param place where the letter is signed, e.g. "Bandung"
 * @param borrowingLibraryAddress the address under the library's name (blank leaves it out)
 * @param items the overdue loans, printed in the order given (at least one)
 */
public record OverdueNotice(LetterheadData letterhead, String letterNumber, LocalDate date, String place,
                            String borrowingLibraryName, String borrowingLibraryAddress, List<OverdueItem> items,
                            String signatoryName, String signatoryPosition) {
    public OverdueNotice {
        Objects.requireNonNull(letterhead, "letterhead");
        Objects.requireNonNull(date, "date");
        if (letterNumber == null || letterNumber.isBlank()) {
            // an official letter without its number is not answered; never print one
            throw new IllegalArgumentException("An overdue notice needs its letter number");
        }
        if (borrowingLibraryName == null || borrowingLibraryName.isBlank()) {
            throw new IllegalArgumentException("An overdue notice needs the borrowing library");
        }
        if (items == null || items.isEmpty()) {
            throw new IllegalArgumentException("An overdue notice needs at least one overdue item");
        }
        items = List.copyOf(items);
        place = blankIfNull(place);
        borrowingLibraryAddress = blankIfNull(borrowingLibraryAddress);
        signatoryName = blankIfNull(signatoryName);
        signatoryPosition = blankIfNull(signatoryPosition);
    }

    private static String blankIfNull(String text) {
        return text == null ? "" : text.strip();
    }
}
