package id.jalin.forum.domain;

/** Where the forum's one row of settings is stored. The storage records every change in the audit trail. */
public interface ForumSettingsRepository {
    ForumSettings load();

    /**
     * Stores the settings and returns them as stored, with their new version.
     *
     * @throws id.jalin.kernel.concurrency.StaleRecordException if someone else saved them since they were read
     */
    ForumSettings save(ForumSettings settings);
}
