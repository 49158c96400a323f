package id.jalin.training.data;

import static org.assertj.core.api.Assertions.assertThat;

import id.jalin.kernel.access.Permissions;
import id.jalin.kernel.access.TestActors;
import id.jalin.kernel.audit.TestAudit;
import id.jalin.kernel.db.Database;
import id.jalin.kernel.db.TestDatabases;
import id.jalin.kernel.money.Money;
import id.jalin.kernel.paging.PageRequest;
import id.jalin.kernel.paging.SortDirection;
import id.jalin.kernel.validation.SaveResult;
import id.jalin.member.data.JooqMemberRepository;
import id.jalin.member.domain.Libraries;
import id.jalin.member.domain.Member;
import id.jalin.training.domain.EventFilter;
import id.jalin.training.domain.EventKind;
import id.jalin.training.domain.EventSort;
import id.jalin.training.domain.EventStatus;
import id.jalin.training.domain.ParticipantRole;
import id.jalin.training.domain.Registrant;
import id.jalin.training.domain.TrainingEvent;
import id.jalin.training.domain.TrainingMember;
import id.jalin.training.domain.TrainingMembers;
import id.jalin.training.domain.TrainingService;
import id.jalin.training.domain.TrainingSession;
import id.jalin.training.domain.TrainingStaff;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The event list and the month cost the same number of queries for 3 events as for 40. */
class TrainingQueryCountTest {
    private static final LocalDate DAY = LocalDate.of(2026, 12, 7);
    private final List<String> statements = new CopyOnWriteArrayList<>();
    private Database database;
    private TrainingService counted;
    private TrainingService storing;
    private long upi;

    @BeforeEach
    void open() {
        database = TestDatabases.h2();
        DSLContext dsl = database.dsl().configuration().derive(new DefaultExecuteListenerProvider(
                new ExecuteListener() {
                    @Override
                    public void executeStart(ExecuteContext context) {
                        statements.add(context.sql());
                    }
                })).dsl();
        upi = new JooqMemberRepository(database.dsl(), TestAudit.TRAIL)
                .save(Member.of(Libraries.library("UPI", "Perpustakaan UPI"))).library().id();
        TrainingMembers register = new TrainingMembers() {
            @Override
            public List<TrainingMember> all() {
                return List.of(new TrainingMember(upi, "UPI", "Perpustakaan UPI", true));
            }

            @Override
            public List<TrainingStaff> staff(long memberId) {
                return List.of();
            }
        };
        Clock clock = Clock.fixed(Instant.parse("2026-12-01T03:00:00Z"), ZoneId.of("Asia/Jakarta"));
        Permissions permissions = new Permissions(TestActors.AS_COORDINATOR);
        counted = new TrainingService(new JooqTrainingRepository(dsl, TestAudit.TRAIL), register, () -> "F", clock,
                permissions);
        storing = new TrainingService(new JooqTrainingRepository(database.dsl(), TestAudit.TRAIL), register,
                () -> "F", clock, permissions);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private void events(int count) {
        for (int i = 0; i < count; i++) {
            TrainingEvent event = saved(storing.createEvent(TrainingEvent.planned(EventKind.SEMINAR, "Seminar " + i,
                    "", upi, "Aula", DAY, DAY, DAY, 50, null, Money.ZERO, "", "", "", "")));
            saved(storing.addSession(TrainingSession.of(event.id(), DAY, LocalTime.of(9, 0), LocalTime.of(11, 0),
                    "Topik", "")));
            event = saved(storing.move(event, EventStatus.OPEN));
            saved(storing.register(event.id(), new Registrant.Guest("Ani " + i, "Umum", "", null),
                    ParticipantRole.PARTICIPANT, ""));
        }
    }

    private int queries(Runnable work) {
        statements.clear();
        work.run();
        return statements.size();
    }

    @Test
    void theListAndTheMonthCostTheSameForFewOrManyEvents() {
        events(3);
        int listFew = queries(() -> counted.events(EventFilter.all(), new PageRequest<>(0, 100, EventSort.TITLE,
                SortDirection.ASCENDING, "")));
        int monthFew = queries(() -> counted.month(YearMonth.from(DAY)));
        events(37);
        int listMany = queries(() -> counted.events(EventFilter.all(), new PageRequest<>(0, 100, EventSort.TITLE,
                SortDirection.ASCENDING, "")));
        int monthMany = queries(() -> counted.month(YearMonth.from(DAY)));
        assertThat(List.of(listFew, monthFew)).isEqualTo(List.of(listMany, monthMany));
        assertThat(listFew).as("count, page, seats").isEqualTo(3);
        assertThat(monthFew).as("events, sessions").isEqualTo(2);
    }

    private static <T> T saved(SaveResult<T> result) {
        assertThat(result).isInstanceOf(SaveResult.Saved.class);
        return ((SaveResult.Saved<T>) result).value();
    }
}
