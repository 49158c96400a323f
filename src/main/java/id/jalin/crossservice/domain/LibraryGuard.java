package id.jalin.crossservice.domain;

import id.jalin.kernel.access.Actor;
import id.jalin.kernel.access.Permissions;
import java.util.Optional;

/**
 * Cross-service records belong to a library: a holder and their cards to the home library, an arrival and a
 * host's rule to the host. This asks {@link Permissions} about the library a record belongs to as stored, not
 * as the caller hands it in, so that nobody moves a holder out of (or into) another library's list.
 */
final class LibraryGuard {
    private final CrossServiceRepository repository;
    private final Permissions permissions;

    LibraryGuard(CrossServiceRepository repository, Permissions permissions) {
        this.repository = repository;
        this.permissions = permissions;
    }

    boolean mayChange(long libraryId) {
        return permissions.mayChangeLibrary(libraryId);
    }

    boolean mayChangeSomeLibrary() {
        return permissions.mayChangeForumRecords() || permissions.actor().library().isPresent();
    }

    Actor requireLibrary(long libraryId, String operation) {
        return permissions.requireLibrary(libraryId, operation);
    }

    /** The holder's home library as handed in and, for a stored holder, as stored. */
    Actor requireHolder(CardHolder holder, String operation) {
        Actor actor = permissions.requireLibrary(holder.homeLibraryId(), operation);
        if (holder.id() != null) {
            requireHolder(holder.id(), operation);
        }
        return actor;
    }

    /** The stored holder's home library; a holder that is gone is left to the repository to report. */
    Actor requireHolder(long holderId, String operation) {
        Optional<CardHolder> stored = repository.findHolder(holderId);
        if (stored.isPresent()) {
            return permissions.requireLibrary(stored.get().homeLibraryId(), operation);
        }
        return requireAnyLibrary(operation);
    }

    /** The home library of the card's holder, as stored. */
    Actor requireCard(Card card, String operation) {
        long holderId = card.id() == null ? card.holderId()
                : repository.findCard(card.id()).map(Card::holderId).orElse(card.holderId());
        return requireHolder(holderId, operation);
    }

    /** Someone who could change some library's records: refuses the read-only role before anything is looked up. */
    Actor requireAnyLibrary(String operation) {
        Actor actor = permissions.actor();
        return actor.library().map(id -> permissions.requireLibrary(id, operation))
                .orElseGet(() -> permissions.requireForumStaff(operation));
    }
}
