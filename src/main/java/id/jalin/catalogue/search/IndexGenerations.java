package id.jalin.catalogue.search;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The member generations an index was built from, kept in its commit's user data ({@code member:<id>} →
 * generation) beside the layout's version, so that an index written by another layout is rebuilt rather than read
 * wrongly.
 */
record IndexGenerations(Map<Long, Long> byMember) {
    /**
     * Raised whenever the fields, their analysis or what a work shows change: an index of another layout is rebuilt.
     * 2: a work shows another member's plain writing of its title ({@code ShownTitle}).
     * 3: also when only the title proper was typed in capitals.
     */
    static final String LAYOUT = "3";
    private static final String LAYOUT_KEY = "jalin-catalogue-layout";
    private static final String MEMBER_PREFIX = "member:";

    IndexGenerations {
        byMember = Map.copyOf(byMember);
    }

    /** The generations in a commit's user data; empty when it was written by another layout or is unreadable. */
    static Optional<IndexGenerations> read(Map<String, String> userData) {
        if (!LAYOUT.equals(userData.get(LAYOUT_KEY))) {
            return Optional.empty();
        }
        Map<Long, Long> byMember = new HashMap<>();
        try {
            userData.forEach((key, value) -> {
                if (key.startsWith(MEMBER_PREFIX)) {
                    byMember.put(Long.parseLong(key.substring(MEMBER_PREFIX.length())), Long.parseLong(value));
                }
            });
        } catch (NumberFormatException unreadable) {
            return Optional.empty();
        }
        return Optional.of(new IndexGenerations(byMember));
    }

    Map<String, String> userData() {
        Map<String, String> data = new TreeMap<>();
        data.put(LAYOUT_KEY, LAYOUT);
        byMember.forEach((member, generation) -> data.put(MEMBER_PREFIX + member, Long.toString(generation)));
        return data;
    }

    /** The members whose generation differs in {@code current}, including those that appeared or disappeared. */
    Set<Long> changedIn(Map<Long, Long> current) {
        Set<Long> changed = new HashSet<>();
        current.forEach((member, generation) -> {
            if (!generation.equals(byMember.get(member))) {
                changed.add(member);
            }
        });
        byMember.keySet().stream().filter(member -> !current.containsKey(member)).forEach(changed::add);
        return changed;
    }
}
