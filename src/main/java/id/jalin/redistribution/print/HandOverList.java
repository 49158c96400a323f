package id.jalin.redistribution.print;

import id.jalin.kernel.pdf.LetterheadData;
import id.jalin.redistribution.domain.ClaimRow;
import id.jalin.redistribution.domain.RedistributionMember;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The hand-over list for one receiving library: a section per giving library with what it hands over, each signed by
 * both sides.
 *
 * @param letterhead the forum's letterhead ({@code ForumProfile.letterhead()})
 * @param place where the list is drawn up, e.g. "Bandung" (blank prints the date alone)
 * @param givers the sections in the order printed; empty prints that nothing is waiting
 */
public record HandOverList(LetterheadData letterhead, LocalDate date, String place, String receiverCode,
                           String receiverName, List<GiverSection> givers) {
    public HandOverList {
        Objects.requireNonNull(letterhead, "letterhead");
        Objects.requireNonNull(date, "date");
        place = HandOverItem.tidy(place);
        receiverCode = HandOverItem.tidy(receiverCode);
        receiverName = HandOverItem.tidy(receiverName);
        if (receiverName.isEmpty()) {
            throw new IllegalArgumentException("A hand-over list needs its receiving library");
        }
        givers = List.copyOf(givers);
    }

    /**
     * The list from what {@code SurplusRedistribution.handOversTo(receiver)} returns: a section per giver in the order
     * the rows come (by giver, then title), a giver missing from the register named by its number.
     */
    public static HandOverList of(LetterheadData letterhead, LocalDate date, String place,
                                  RedistributionMember receiver, List<ClaimRow> rows,
                                  Map<Long, RedistributionMember> register) {
        Map<Long, List<HandOverItem>> byGiver = new LinkedHashMap<>();
        for (ClaimRow row : rows) {
            byGiver.computeIfAbsent(row.offer().giverId(), id -> new ArrayList<>()).add(new HandOverItem(
                    row.offer().title(), row.offer().author(), row.offer().isbn(), row.offer().year(),
                    row.offer().condition(), row.claim().allocatedCopies(), row.claim().state(),
                    row.claim().shippedOn(), row.claim().shipment()));
        }
        List<GiverSection> sections = new ArrayList<>();
        byGiver.forEach((giverId, items) -> {
            RedistributionMember giver = register.get(giverId);
            sections.add(giver == null ? new GiverSection("#" + giverId, "#" + giverId, items)
                    : new GiverSection(giver.code(), giver.name(), items));
        });
        return new HandOverList(letterhead, date, place, receiver.code(), receiver.name(), sections);
    }

    public int titles() {
        return givers.stream().mapToInt(giver -> giver.items().size()).sum();
    }

    public int copies() {
        return givers.stream().mapToInt(GiverSection::copies).sum();
    }
}
