package id.jalin.member.domain;

import id.jalin.kernel.access.Actor;
import id.jalin.kernel.access.NotPermittedException;
import id.jalin.kernel.access.Permissions;
import id.jalin.kernel.access.Role;
import id.jalin.kernel.concurrency.RecordGoneException;
import id.jalin.kernel.concurrency.StaleRecordException;
import id.jalin.kernel.validation.SaveResult;
import id.jalin.kernel.validation.Validation;
import java.util.List;
import java.util.Optional;

/**
 * The member register's rules around storage: validate, keep codes unique, refuse deletes that would orphan. Who
 * may change what (decision record 0016): forum staff the whole register; a library's own staff its entry and
 * staff list, but not the forum's part of it (code, membership status, joining date, dues).
 */
public final class MemberService {
    private final MemberRepository repository;
    private final Permissions permissions;

    public MemberService(MemberRepository repository, Permissions permissions) {
        this.repository = repository;
        this.permissions = permissions;
    }

    /** Whether to offer adding libraries, importing and deleting: the register's own changes. */
    public boolean mayChangeRegister() {
        return permissions.mayChangeForumRecords();
    }

    /** Whether to offer editing this library's entry (the service checks again on save). */
    public boolean mayEdit(long libraryId) {
        return permissions.mayChangeLibrary(libraryId);
    }

    /** The library whose entry the person signed in keeps, for member staff; empty for everyone else. */
    public Optional<Long> ownLibrary() {
        return permissions.actor().library();
    }

    /** Whether the forum's part of an entry (code, status, joining date, dues) may be changed. */
    public boolean mayChangeForumPart() {
        return permissions.mayChangeForumRecords();
    }

    public List<Library> libraries() {
        return repository.findAllLibraries();
    }

    /** The names of the given libraries, for features that keep only a library's id. */
    public java.util.Map<Long, String> namesOf(java.util.Set<Long> libraryIds) {
        return libraryIds.isEmpty() ? java.util.Map.of() : repository.libraryNames(libraryIds);
    }

    /** Where a library stands in the forum; empty when it is not in the register (any more). */
    public Optional<MemberStatus> statusOf(long libraryId) {
        return member(libraryId).map(m -> m.library().status());
    }

    public Optional<Member> member(long libraryId) {
        return repository.findMember(libraryId);
    }

    public Optional<Member> memberByCode(String code) {
        return repository.findMemberByCode(code);
    }

    /** Checks and stores; an invalid member is not stored at all. */
    public SaveResult<Member> save(Member member) {
        requireMayStore(member.library());
        Validation validation = check(member);
        return SaveResult.store(validation, () -> repository.save(member));
    }

    /** The rules plus uniqueness of the code, which needs the stored data. */
    public Validation check(Member member) {
        Validation validation = MemberRules.validate(member);
        Library library = member.library();
        if (validation.errorFor("code").isEmpty() && repository.codeTaken(library.code(), library.id())) {
            validation = validation.and(Validation.builder()
                    .error("code", "member.error.code.taken", library.code()).build());
        }
        return validation;
    }

    /** What still points at the library; a delete is refused while this is not empty. */
    public List<MemberReference> referencesTo(Library library) {
        return repository.referencesTo(library.id());
    }

    public DeleteOutcome delete(Library library) {
        permissions.requireForumStaff("delete a member library");
        List<MemberReference> references = repository.referencesTo(library.id());
        if (!references.isEmpty()) {
            return new DeleteOutcome.Refused(references);
        }
        try {
            repository.delete(library.id(), library.version());
        } catch (RecordGoneException e) {
            // Someone else deleted it first: what the user asked for has happened.
        } catch (StaleRecordException e) {
            return new DeleteOutcome.Stale();
        }
        return new DeleteOutcome.Deleted();
    }

    private void requireMayStore(Library library) {
        if (library.id() == null) {
            permissions.requireForumStaff("add a member library");
            return;
        }
        Actor actor = permissions.requireLibrary(library.id(), "change member library " + library.id());
        if (actor.role() == Role.MEMBER_STAFF) {
            // The forum decides a member's code, standing and dues; the library keeps its own details current.
            Optional<Library> stored = repository.findMember(library.id()).map(Member::library);
            if (stored.isPresent() && !sameForumPart(stored.get(), library)) {
                throw new NotPermittedException(actor.role(), "change the forum's part of member library " + library.id());
            }
        }
    }

    private static boolean sameForumPart(Library stored, Library changed) {
        return stored.code().equals(changed.code()) && stored.status() == changed.status()
                && java.util.Objects.equals(stored.joinedOn(), changed.joinedOn())
                && stored.duesClass().equals(changed.duesClass())
                && java.util.Objects.equals(stored.yearlyDues(), changed.yearlyDues());
    }
}
