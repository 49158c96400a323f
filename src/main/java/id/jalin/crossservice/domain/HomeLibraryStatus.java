package id.jalin.crossservice.domain;

import id.jalin.member.domain.MemberStatus;
import java.util.Optional;

/**
 * Where a card holder's home library stands in the forum, as the member register says (its domain API): the desk
 * refuses holders of a suspended library or one that left. Empty when the library is no longer in the register.
 */
@FunctionalInterface
public interface HomeLibraryStatus {
    Optional<MemberStatus> of(long libraryId);
}
