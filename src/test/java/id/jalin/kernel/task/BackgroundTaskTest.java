package id.jalin.kernel.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where a failure goes: to the presenter by default, to the screen only when it says it handles it. */
class BackgroundTaskTest {
    private final RecordedFailures presenter = new RecordedFailures();
    private final CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor(presenter);
    private final List<String> heard = new ArrayList<>();

    private static Work<String> failing() {
        return progress -> {
            throw new IllegalStateException("boom");
        };
    }

    @Test
    void aFailureNobodyHandlesReachesThePresenterWithTheTasksTitle() {
        executor.execute(BackgroundTask.wrap(failing()).titled("Cetak kartu").whenDone(() -> heard.add("done")));

        assertThat(presenter.shown()).singleElement().satisfies(shown -> {
            assertThat(shown.actionTitle()).isEqualTo("Cetak kartu");
            assertThat(shown.failure()).hasMessage("boom");
        });
        assertThat(heard).containsExactly("done");
    }

    @Test
    void aScreenThatHandlesTheFailureItselfReplacesThePresenter() {
        executor.execute(BackgroundTask.wrap(failing()).onFailure(failure -> heard.add(failure.getMessage())));

        assertThat(heard).containsExactly("boom");
        assertThat(presenter.shown()).isEmpty();
    }

    @Test
    void thePresenterCanRunTheSameWorkAgainAndThenItsSuccessIsHeard() {
        java.util.concurrent.atomic.AtomicInteger attempts = new java.util.concurrent.atomic.AtomicInteger();
        // As "Try again" in the failure dialog: the server was away on the first attempt and is back for the second.
        FailurePresenter tryingAgain = new FailurePresenter() {
            @Override
            public void present(String actionTitle, Throwable failure) {
                heard.add("no retry offered");
            }

            @Override
            public void present(String actionTitle, Throwable failure, Runnable retry) {
                heard.add("failed: " + failure.getMessage());
                retry.run();
            }
        };

        new CurrentThreadTaskExecutor(tryingAgain).execute(BackgroundTask.wrap(progress -> {
            if (attempts.incrementAndGet() == 1) {
                throw new IllegalStateException("server away");
            }
            return "saved";
        }).onSuccess(heard::add));

        assertThat(heard).containsExactly("failed: server away", "saved");
        assertThat(attempts).hasValue(2);
    }

    @Test
    void cancellingIsNoFailure() {
        executor.execute(BackgroundTask.wrap(progress -> {
            throw new CancelledException();
        }).onCancelled(() -> heard.add("cancelled")));

        assertThat(heard).containsExactly("cancelled");
        assertThat(presenter.shown()).isEmpty();
    }

    @Test
    void inTestsWithoutAPresenterAnUnhandledFailureIsThrownAtTheTest() {
        assertThatThrownBy(() -> new CurrentThreadTaskExecutor().execute(BackgroundTask.wrap(failing()).titled("X")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("'X'").hasRootCauseMessage("boom");
    }
}
