package id.jalin.crossservice.domain;

import id.jalin.kernel.access.Permissions;
import id.jalin.kernel.paging.Page;
import id.jalin.kernel.paging.PageRequest;
import id.jalin.kernel.task.Progress;
import id.jalin.kernel.validation.SaveResult;
import id.jalin.kernel.validation.Validation;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Keeps card holders: validation, one number per home library, and their photos. A holder belongs to their home
 * library: forum staff and that library's own staff change them (decision record 0016).
 */
public final class CardHolderService {
    private final CrossServiceRepository repository;
    private final LibraryGuard guard;

    public CardHolderService(CrossServiceRepository repository, Permissions permissions) {
        this.repository = repository;
        this.guard = new LibraryGuard(repository, permissions);
    }

    /** Whether the person signed in could change some library's holders at all (not a read-only login). */
    public boolean mayChangeSomeHolders() {
        return guard.mayChangeSomeLibrary();
    }

    /** Whether to offer adding, editing, importing and deleting this library's holders (checked again on save). */
    public boolean mayChangeHoldersOf(long homeLibraryId) {
        return guard.mayChange(homeLibraryId);
    }

    public List<CardHolder> holdersOf(long homeLibraryId) {
        return repository.holdersOf(homeLibraryId);
    }

    /** One page of a library's holders, sorted and searched in the database. */
    public Page<CardHolder> page(long homeLibraryId, PageRequest<HolderSort> request) {
        return repository.holderPage(homeLibraryId, request);
    }

    /** One page of a library's holders whose card ends in the span, sorted and searched in the database. */
    public Page<CardHolder> page(long homeLibraryId, CardsEnding ending, PageRequest<HolderSort> request) {
        return repository.holderPage(homeLibraryId, ending, request);
    }

    /** Holders by id in one query, for lists that show names beside other rows. */
    public Map<Long, CardHolder> holders(Collection<Long> holderIds) {
        return holderIds.isEmpty() ? Map.of() : repository.holdersByIds(holderIds);
    }

    /** Ids of a library's holders with a card active on {@code day}, by name. */
    public List<Long> withActiveCard(long homeLibraryId, LocalDate day) {
        return repository.holderIdsWithActiveCard(homeLibraryId, day);
    }

    /** Photos by holder id in one query. */
    public Map<Long, Photo> photos(Collection<Long> holderIds) {
        return holderIds.isEmpty() ? Map.of() : repository.photos(holderIds);
    }

    public Optional<CardHolder> holder(long holderId) {
        return repository.findHolder(holderId);
    }

    /** The rules plus uniqueness of the number within the home library, which needs the stored data. */
    public Validation check(CardHolder holder) {
        Validation validation = HolderRules.validate(holder);
        if (validation.errorFor("number").isEmpty()
                && repository.holderNumberTaken(holder.homeLibraryId(), holder.number(), holder.id())) {
            validation = validation.and(Validation.builder()
                    .error("number", "holder.error.number.taken", holder.number()).build());
        }
        return validation;
    }

    public SaveResult<CardHolder> save(CardHolder holder) {
        guard.requireHolder(holder, "save a card holder");
        Validation validation = check(holder);
        return SaveResult.store(validation, () -> repository.saveHolder(holder));
    }

    public void delete(CardHolder holder) {
        guard.requireHolder(holder, "delete a card holder");
        repository.deleteHolder(holder.id(), holder.version());
    }

    public Optional<Photo> photo(long holderId) {
        return repository.photo(holderId);
    }

    /** Keeps a photo with the holder; only JPEG and PNG, told apart by their first bytes. */
    public SaveResult<Photo> setPhoto(long holderId, String fileName, byte[] content) {
        guard.requireHolder(holderId, "set a holder's photo");
        Validation validation = PhotoCheck.check(fileName, content);
        return SaveResult.store(validation, () -> {
            Photo photo = Photo.of(content).orElseThrow();
            repository.savePhotos(Map.of(holderId, photo), Progress.NONE);
            return photo;
        });
    }
}
