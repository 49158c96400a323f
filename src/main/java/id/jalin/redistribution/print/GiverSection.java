package id.jalin.redistribution.print;

import java.util.List;

/** What one giving library hands over to the receiver: its items, signed for together. */
public record GiverSection(String giverCode, String giverName, List<HandOverItem> items) {
    public GiverSection {
        giverCode = HandOverItem.tidy(giverCode);
        giverName = HandOverItem.tidy(giverName);
        items = List.copyOf(items);
        if (items.isEmpty()) {
            throw new IllegalArgumentException("A giver's section needs at least one item");
        }
    }

    public int copies() {
        return items.stream().mapToInt(HandOverItem::copies).sum();
    }
}
