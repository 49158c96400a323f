package id.jalin.member.domain;

import id.jalin.kernel.task.Progress;
import java.util.List;
import java.util.Optional;

/** Where members are stored. The jOOQ implementation lives in {@code member.data}. */
public interface MemberRepository {
    List<Library> findAllLibraries();

    /** The names of the given libraries, in one query; ids that do not exist are left out. */
    java.util.Map<Long, String> libraryNames(java.util.Set<Long> libraryIds);

    Optional<Member> findMember(long libraryId);

    Optional<Member> findMemberByCode(String code);

    boolean codeTaken(String code, Long excludingId);

    /**
     * Inserts or updates the library and its staff in one transaction. Staff missing from the list are removed.
     *
     * @throws id.jalin.kernel.concurrency.StaleRecordException if someone else saved the library since it was read
     */
    Member save(Member member);

    /** Saves every member in one transaction: all of them or, on failure or Cancel, none. */
    List<Member> saveAll(List<Member> members, Progress progress);

    List<MemberReference> referencesTo(long libraryId);

    /** @throws id.jalin.kernel.concurrency.StaleRecordException if someone else saved the library since it was read */
    void delete(long libraryId, int version);
}
