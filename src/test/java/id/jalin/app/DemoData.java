package id.jalin.app;

import id.jalin.kernel.db.Database;
import id.jalin.kernel.task.Progress;
import java.time.Clock;

/** The app's demo forum, loaded into a test database as the start-up offer would. */
public final class DemoData {
    private DemoData() {
    }

    public static void load(Database database) {
        new DemoDataLoad(database, TestApp.CLOCK, id.jalin.kernel.access.TestActors.AS_COORDINATOR).run(Progress.NONE);
    }

    public static void load(Database database, Clock clock) {
        new DemoDataLoad(database, clock, id.jalin.kernel.access.TestActors.AS_COORDINATOR).run(Progress.NONE);
    }
}
