package id.jalin.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.jalin.kernel.access.Actor;
import id.jalin.kernel.access.CurrentActor;
import id.jalin.kernel.access.NotPermittedException;
import id.jalin.kernel.access.Permissions;
import id.jalin.kernel.access.TestActors;
import id.jalin.kernel.audit.AuditFilter;
import id.jalin.kernel.audit.AuditLog;
import id.jalin.kernel.audit.AuditLogEntry;
import id.jalin.kernel.audit.AuditSort;
import id.jalin.kernel.audit.AuditUser;
import id.jalin.kernel.paging.Page;
import id.jalin.kernel.paging.PageRequest;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The trail shows every desk's work: only the coordinator may read it, whatever the screen offers. */
class AuditServiceTest {
    private final AuditLog log = new AuditLog() {
        @Override
        public Page<AuditLogEntry> page(AuditFilter filter, PageRequest<AuditSort> request) {
            return Page.empty();
        }

        @Override
        public void each(AuditFilter filter, String labelText, Consumer<AuditLogEntry> each) {
        }

        @Override
        public List<AuditUser> users() {
            return List.of(new AuditUser("koordinator", "Dewi Koordinator"));
        }

        @Override
        public List<String> features() {
            return List.of("member");
        }
    };

    private AuditService as(Actor actor) {
        return new AuditService(log, new Permissions(CurrentActor.of(actor)));
    }

    @Test
    void theCoordinatorReadsTheTrail() {
        AuditService service = as(TestActors.COORDINATOR);

        assertThat(service.mayBrowse()).isTrue();
        assertThat(service.users()).extracting(AuditUser::login).containsExactly("koordinator");
        assertThat(service.features()).containsExactly("member");
        assertThat(service.page(AuditFilter.ALL, PageRequest.first(AuditSort.TIME)).total()).isZero();
    }

    @Test
    void everyOtherRoleIsRefusedEveryRead() {
        for (Actor actor : List.of(TestActors.SECRETARY, TestActors.READ_ONLY, TestActors.staffOf(7))) {
            AuditService service = as(actor);
            assertThat(service.mayBrowse()).isFalse();
            assertThatThrownBy(() -> service.page(AuditFilter.ALL, PageRequest.first(AuditSort.TIME)))
                    .isInstanceOf(NotPermittedException.class);
            assertThatThrownBy(() -> service.each(AuditFilter.ALL, "", e -> { }))
                    .isInstanceOf(NotPermittedException.class);
            assertThatThrownBy(service::users).isInstanceOf(NotPermittedException.class);
            assertThatThrownBy(service::features).isInstanceOf(NotPermittedException.class);
        }
    }
}
