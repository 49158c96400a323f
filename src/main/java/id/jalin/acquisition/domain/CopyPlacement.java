package id.jalin.acquisition.domain;

/**
 * Where received copies go: into the holdings of the member that asked for them, in the union catalogue. The
 * catalogue implements it; acquisition only says what arrived for whom.
 */
@FunctionalInterface
public interface CopyPlacement {
    void place(PlacedCopies copies);
}
