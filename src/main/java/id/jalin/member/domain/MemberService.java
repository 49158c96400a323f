package id.jalin.member.domain;

import id.jalin.kernel.concurrency.RecordGoneException;
import id.jalin.kernel.concurrency.StaleRecordException;
import id.jalin.kernel.validation.SaveResult;
import id.jalin.kernel.validation.Validation;
import java.util.List;
import java.util.Optional;

/** The member register's rules around storage: validate, keep codes unique, refuse deletes that would orphan. */
public final class MemberService {
    private final MemberRepository repository;

    public MemberService(MemberRepository repository) {
        this.repository = repository;
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
}
