package id.jalin.agreement.domain;

import java.util.Map;
import java.util.Set;

/**
 * The names of member libraries, asked of the member register (its domain API) for all parties of a list at once.
 * Agreements store only a party's library id, so a renamed library prints under its new name.
 */
@FunctionalInterface
public interface LibraryNames {
    /** The name of each library id that exists; an unknown id is simply absent. */
    Map<Long, String> namesOf(Set<Long> libraryIds);
}
