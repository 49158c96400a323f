package id.jalin.forum.domain;

/** Where the forum's one profile is stored. */
public interface ForumProfileRepository {
    ForumProfile load();

    /**
     * Stores the profile and returns it as stored, with its new version.
     *
     * @throws id.jalin.kernel.concurrency.StaleRecordException if someone else saved it since it was read
     */
    ForumProfile save(ForumProfile profile);
}
