package id.jalin.acquisition.print;

import id.jalin.kernel.money.Money;
import id.jalin.kernel.pdf.LetterheadData;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A round's order list for the coordinating library, one section per vendor, on the forum's letterhead.
 *
 * @param letterhead the forum's letterhead ({@code ForumProfile.letterhead()})
 * @param letterNumber the list's number in the forum's letter numbering, e.g. {@code 004/PGD/FPPTI-JABAR/XII/2026}
 *        (required: an order without its number is not accepted by a vendor or an auditor)
 * @param date the day of the list
 * @param place where the list is signed, e.g. "Bandung" (blank prints the date alone)
 * @param participants the round's members, listed under the heading so that every code in the tables has its name
 * @param vendors the vendors' orders, in the order they are to be printed (at least one)
 * @param signatoryName who signs for the coordinating library (blank leaves the line for a name written by hand)
 */
public record OrderList(LetterheadData letterhead, String letterNumber, LocalDate date, String place,
                        String roundName, String coordinatingLibrary, List<Participant> participants,
                        List<VendorOrder> vendors, String signatoryName, String signatoryPosition) {
    /**
     * The series of the forum's letter numbering for order lists ("pengadaan"), as in
     * {@code LetterNumbering.format(sequence, OrderList.LETTER_SERIES, forumCode, date)}.
     */
    public static final String LETTER_SERIES = "PGD";

    public OrderList {
        Objects.requireNonNull(letterhead, "letterhead");
        Objects.requireNonNull(date, "date");
        letterNumber = Texts.required(letterNumber, "An order list needs its letter number");
        roundName = Texts.required(roundName, "An order list needs its round");
        coordinatingLibrary = Texts.required(coordinatingLibrary, "An order list needs the coordinating library");
        participants = List.copyOf(participants);
        vendors = List.copyOf(vendors);
        if (vendors.isEmpty()) {
            throw new IllegalArgumentException("An order list needs at least one vendor's order");
        }
        place = Texts.tidy(place);
        signatoryName = Texts.tidy(signatoryName);
        signatoryPosition = Texts.tidy(signatoryPosition);
    }

    public Money grandTotal() {
        return vendors.stream().map(VendorOrder::subtotal).reduce(Money.ZERO, Money::plus);
    }

    public int copies() {
        return vendors.stream().mapToInt(VendorOrder::copies).sum();
    }

    public int lineCount() {
        return vendors.stream().mapToInt(v -> v.lines().size()).sum();
    }

    /** Every member code on the list: the participants' in their order, then any other in order of appearance. */
    public List<String> memberCodes() {
        Set<String> codes = new LinkedHashSet<>();
        participants.forEach(p -> codes.add(p.code()));
        for (VendorOrder vendor : vendors) {
            for (OrderLine line : vendor.lines()) {
                line.copies().forEach(c -> codes.add(c.memberCode()));
            }
        }
        return new ArrayList<>(codes);
    }
}
