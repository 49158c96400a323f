package id.jalin.forum.domain;

import id.jalin.kernel.concurrency.StaleRecordException;

/** The forum's settings in memory, versioned like the real row, for domain and view-model tests. */
public final class InMemoryForumSettingsRepository implements ForumSettingsRepository {
    private ForumSettings stored = ForumSettings.defaults();
    private int saves;

    @Override
    public synchronized ForumSettings load() {
        return stored;
    }

    @Override
    public synchronized ForumSettings save(ForumSettings settings) {
        if (settings.version() != stored.version()) {
            throw new StaleRecordException("forum settings");
        }
        stored = new ForumSettings(settings.version() + 1, settings.cardFee(), settings.academicYearEnd());
        saves++;
        return stored;
    }

    public synchronized int saves() {
        return saves;
    }
}
