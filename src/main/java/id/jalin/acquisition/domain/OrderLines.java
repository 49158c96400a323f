package id.jalin.acquisition.domain;

import id.jalin.catalogue.domain.MatchKeys;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A round's accepted lines as the order goes out: lines of one vendor and format asking for the same title (by the
 * catalogue's keys) become one order line with copies per member; vendors in alphabetical order, titles within.
 */
public final class OrderLines {
    private OrderLines() {
    }

    public static List<OrderLine> of(List<ProposalLine> lines) {
        List<ProposalLine> accepted = lines.stream().filter(line -> line.decision().accepted())
                .sorted(Comparator.comparing(ProposalLine::id, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        List<List<ProposalLine>> groups = new ArrayList<>();
        List<MatchKeys> groupKeys = new ArrayList<>();
        for (ProposalLine line : accepted) {
            MatchKeys keys = line.title().keys();
            int found = -1;
            for (int g = 0; g < groups.size() && found < 0; g++) {
                ProposalLine first = groups.get(g).get(0);
                if (first.vendor().equalsIgnoreCase(line.vendor()) && first.format() == line.format()
                        && TitleMatch.between(groupKeys.get(g), keys).isPresent()) {
                    found = g;
                }
            }
            if (found < 0) {
                groups.add(new ArrayList<>(List.of(line)));
                groupKeys.add(keys);
            } else {
                groups.get(found).add(line);
            }
        }
        Map<Integer, OrderLine> ordered = new LinkedHashMap<>();
        for (int g = 0; g < groups.size(); g++) {
            ProposalLine first = groups.get(g).get(0);
            ordered.put(g, new OrderLine(first.vendor(), first.title(), first.format(), first.unitPrice(),
                    groups.get(g)));
        }
        return ordered.values().stream().sorted(Comparator.comparing((OrderLine line) -> line.vendor().toLowerCase(
                java.util.Locale.ROOT)).thenComparing(line -> line.title().title().toLowerCase(java.util.Locale.ROOT)))
                .toList();
    }
}
