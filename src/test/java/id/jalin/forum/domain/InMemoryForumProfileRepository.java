package id.jalin.forum.domain;

import id.jalin.kernel.concurrency.StaleRecordException;

/** The forum profile in memory, versioned like the real one, for domain and view-model tests. */
public final class InMemoryForumProfileRepository implements ForumProfileRepository {
    private ForumProfile profile;
    private int saves;
    private int loads;

    public InMemoryForumProfileRepository(ForumProfile initial) {
        this.profile = initial;
    }

    /** A forum named for tests, with the code the agreement tests' numbers carry. */
    public static InMemoryForumProfileRepository named() {
        return new InMemoryForumProfileRepository(new ForumProfile(0, "Forum Perpustakaan Uji Jawa Barat",
                "FPPTI-JABAR", "Jl. Uji No. 1", "Bandung", "", "", "", null, ForumProfile.DEFAULT_WARNING_DAYS));
    }

    /** A new database's profile: no name yet. */
    public static InMemoryForumProfileRepository unnamed() {
        return new InMemoryForumProfileRepository(new ForumProfile(0, "", "", "", "", "", "", "", null,
                ForumProfile.DEFAULT_WARNING_DAYS));
    }

    @Override
    public ForumProfile load() {
        loads++;
        return profile;
    }

    @Override
    public ForumProfile save(ForumProfile changed) {
        if (changed.version() != profile.version()) {
            throw new StaleRecordException(changed.name());
        }
        saves++;
        profile = new ForumProfile(changed.version() + 1, changed.name(), changed.code(), changed.address(),
                changed.city(), changed.phone(), changed.email(), changed.website(), changed.logo(),
                changed.expiryWarningDays(), changed.signatory());
        return profile;
    }

    public int saves() {
        return saves;
    }

    /** How often the profile was read: a read is a database call in the real store. */
    public int loads() {
        return loads;
    }
}
