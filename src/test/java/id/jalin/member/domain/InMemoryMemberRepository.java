package id.jalin.member.domain;

import id.jalin.kernel.concurrency.RecordGoneException;
import id.jalin.kernel.concurrency.StaleRecordException;
import id.jalin.kernel.task.Progress;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * A map-backed {@link MemberRepository} for domain tests. It behaves like the jOOQ one where tests can tell:
 * ids are handed out on insert, versions are checked and bumped, staff left out of a save are removed, and
 * {@link #saveAll} is all or nothing (Cancel between members, or any failure, restores the previous state).
 */
public final class InMemoryMemberRepository implements MemberRepository {
    private final Map<Long, Member> members = new TreeMap<>();
    private final Map<Long, List<MemberReference>> references = new TreeMap<>();
    private long nextId = 1;
    private Consumer<Member> afterEachSave = member -> { };

    /** Runs after every stored member, inside a {@link #saveAll} too: lets a test press Cancel half-way. */
    public void afterEachSave(Consumer<Member> hook) {
        this.afterEachSave = hook;
    }

    /** Makes the library look referenced by other records, so that deleting it is refused. */
    public void addReference(long libraryId, MemberReference reference) {
        references.computeIfAbsent(libraryId, id -> new ArrayList<>()).add(reference);
    }

    /** Every stored member, ordered by id (that is, by insertion). */
    public List<Member> all() {
        return List.copyOf(members.values());
    }

    @Override
    public java.util.Map<Long, String> libraryNames(java.util.Set<Long> libraryIds) {
        java.util.Map<Long, String> names = new java.util.HashMap<>();
        findAllLibraries().stream().filter(l -> libraryIds.contains(l.id())).forEach(l -> names.put(l.id(), l.name()));
        return names;
    }

    @Override
    public List<Library> findAllLibraries() {
        return members.values().stream().map(Member::library)
                .sorted(Comparator.comparing(Library::name).thenComparing(Library::code)).toList();
    }

    @Override
    public Optional<Member> findMember(long libraryId) {
        return Optional.ofNullable(members.get(libraryId));
    }

    @Override
    public Optional<Member> findMemberByCode(String code) {
        String wanted = code.strip().toUpperCase(Locale.ROOT);
        return members.values().stream().filter(m -> m.library().code().equals(wanted)).findFirst();
    }

    @Override
    public boolean codeTaken(String code, Long excludingId) {
        return members.values().stream().map(Member::library)
                .anyMatch(l -> l.code().equals(code) && !l.id().equals(excludingId));
    }

    @Override
    public Member save(Member member) {
        return saveAll(List.of(member), Progress.NONE).get(0);
    }

    @Override
    public List<Member> saveAll(List<Member> toSave, Progress progress) {
        Map<Long, Member> before = new TreeMap<>(members);
        long nextIdBefore = nextId;
        try {
            List<Member> saved = new ArrayList<>(toSave.size());
            for (Member member : toSave) {
                progress.checkCancelled();
                saved.add(store(member));
                progress.update(saved.size(), toSave.size());
            }
            return saved;
        } catch (RuntimeException rollback) {
            members.clear();
            members.putAll(before);
            nextId = nextIdBefore;
            throw rollback;
        }
    }

    private Member store(Member member) {
        Library library = member.library();
        Library stored;
        if (library.isNew()) {
            if (codeTaken(library.code(), null)) {
                throw new IllegalStateException("unique constraint: code " + library.code());
            }
            stored = library.withId(nextId++, 0);
        } else {
            Member current = members.get(library.id());
            if (current == null) {
                throw new RecordGoneException(library.code());
            }
            if (current.library().version() != library.version()) {
                throw new StaleRecordException(library.code());
            }
            stored = library.withId(library.id(), library.version() + 1);
        }
        List<StaffMember> staff = new ArrayList<>();
        for (StaffMember person : member.staff()) {
            staff.add(person.id() == null
                    ? new StaffMember(nextId++, 0, person.name(), person.position(), person.email(), person.phone(),
                            person.role())
                    : new StaffMember(person.id(), person.version() + 1, person.name(), person.position(),
                            person.email(), person.phone(), person.role()));
        }
        Member result = new Member(stored, staff);
        members.put(stored.id(), result);
        afterEachSave.accept(result);
        return result;
    }

    @Override
    public List<MemberReference> referencesTo(long libraryId) {
        return List.copyOf(references.getOrDefault(libraryId, List.of()));
    }

    @Override
    public void delete(long libraryId, int version) {
        Member current = members.get(libraryId);
        if (current == null) {
            return;
        }
        if (current.library().version() != version) {
            throw new StaleRecordException(current.library().code());
        }
        members.remove(libraryId);
    }
}
