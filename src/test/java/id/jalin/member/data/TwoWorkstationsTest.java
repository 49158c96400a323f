package id.jalin.member.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.jalin.kernel.concurrency.StaleRecordException;
import id.jalin.kernel.db.Database;
import id.jalin.kernel.db.DatabaseMode;
import id.jalin.kernel.db.TestDatabases;
import id.jalin.member.domain.Library;
import id.jalin.member.domain.Member;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** Two coordinators on one shared PostgreSQL database, each with a connection of their own. */
class TwoWorkstationsTest {
    @Test
    void secondSaveOfTheSameOpenedMemberIsRefusedNotSilentlyOverwritten() {
        DataSource shared = TestDatabases.newPostgresDatabase();
        try (Database first = Database.over(DatabaseMode.SHARED_POSTGRES, shared);
             Database second = Database.over(DatabaseMode.SHARED_POSTGRES, shared)) {
            var atFirst = new JooqMemberRepository(first.dsl(), id.jalin.kernel.audit.TestAudit.TRAIL);
            var atSecond = new JooqMemberRepository(second.dsl(), id.jalin.kernel.audit.TestAudit.TRAIL);
            long id = atFirst.save(Member.of(MemberRepositoryTest.library("UNSIL", "Perpustakaan Unsil")))
                    .library().id();

            Member openedAtFirst = atFirst.findMember(id).orElseThrow();
            Member openedAtSecond = atSecond.findMember(id).orElseThrow();
            atFirst.save(renamed(openedAtFirst, "Saved first"));

            assertThatThrownBy(() -> atSecond.save(renamed(openedAtSecond, "Saved second")))
                    .isInstanceOf(StaleRecordException.class);
            assertThat(atSecond.findMember(id).orElseThrow().library().name()).isEqualTo("Saved first");
        }
    }

    private static Member renamed(Member member, String name) {
        Library l = member.library();
        return Member.of(new Library(l.id(), l.version(), l.code(), name, l.institution(), l.kind(), l.address(),
                l.city(), l.province(), l.phone(), l.email(), l.website(), l.joinedOn(), l.status(), l.duesClass(),
                l.yearlyDues(), l.collectionTitles(), l.notes()));
    }
}
