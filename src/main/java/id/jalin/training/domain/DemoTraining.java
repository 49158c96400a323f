package id.jalin.training.domain;

import id.jalin.kernel.money.Money;
import id.jalin.kernel.task.Progress;
import id.jalin.kernel.validation.SaveResult;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Two training events among the demo members, told through the service on the days they happened (the same every
 * time): a cataloguing workshop held ten weeks ago with its fees, attendance over three sessions (one participant
 * missed one and earns no certificate) and certificates issued; and a seminar open for registration, over its
 * capacity so that two wait in order.
 */
public final class DemoTraining {
    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    private final TrainingService training;
    private final LocalDate today;

    private DemoTraining(TrainingService training) {
        this.training = training;
        this.today = training.today();
    }

    public static void loadInto(TrainingService training, Progress progress) {
        new DemoTraining(training).load(progress);
    }

    private void load(Progress progress) {
        List<TrainingMember> active = training.members().stream().filter(TrainingMember::active).toList();
        List<TrainingMember> withStaff = active.stream().filter(member -> training.staff(member.id()).size() >= 2)
                .toList();
        if (withStaff.size() < 5) {
            return;
        }
        progress.checkCancelled();
        heldWorkshop(withStaff);
        progress.checkCancelled();
        openSeminar(withStaff);
    }

    private void heldWorkshop(List<TrainingMember> members) {
        TrainingMember host = members.get(0);
        LocalDate first = today.minusDays(75);
        TrainingService planning = on(-100);
        TrainingEvent event = saved(planning.createEvent(TrainingEvent.planned(EventKind.WORKSHOP,
                "Lokakarya Katalogisasi dengan RDA dan MARC 21", "Cataloguing with RDA and MARC 21 workshop",
                host.id(), "Ruang Serbaguna Lt. 2, " + host.name(), first, first.plusDays(1), first.minusDays(7), 20, 3,
                Money.of(250_000), "Modul, makan siang dua hari, sertifikat", "Hendra Gunawan", "0813-2104-5567",
                "pelatihan@fppti-jabar.or.id")));
        List<TrainingSession> sessions = List.of(
                session(planning, event, first, 8, 30, 12, 0, "Dasar-dasar RDA: entitas dan atribut", "Dr. Asep Hidayat"),
                session(planning, event, first, 13, 0, 16, 0, "Praktik MARC 21 untuk buku dan terbitan berseri",
                        "Dr. Asep Hidayat"),
                session(planning, event, first.plusDays(1), 8, 30, 12, 0, "Otoritas nama dan subjek",
                        "Sri Rahayu, M.Hum."));
        event = saved(planning.move(event, EventStatus.OPEN));

        TrainingService registering = on(-90);
        List<Registration> people = new ArrayList<>();
        people.add(saved(registering.register(event.id(), new Registrant.Guest("Dr. Asep Hidayat",
                "Universitas Pendidikan Indonesia", "asep.hidayat@upi.edu", null), ParticipantRole.SPEAKER, "")));
        TrainingStaff organiser = training.staff(host.id()).get(0);
        people.add(saved(registering.register(event.id(), new Registrant.Staff(host.id(), organiser.id()),
                ParticipantRole.COMMITTEE, "")));
        for (TrainingMember member : members.subList(1, 5)) {
            for (TrainingStaff person : training.staff(member.id()).subList(0, 2)) {
                people.add(saved(registering.register(event.id(), new Registrant.Staff(member.id(), person.id()),
                        ParticipantRole.PARTICIPANT, "")));
            }
        }
        people.add(saved(registering.register(event.id(), new Registrant.Guest("Nur Aini", "Perpustakaan Daerah Jawa Barat",
                "nur.aini@dispusipda.jabarprov.go.id", null), ParticipantRole.PARTICIPANT, "")));

        TrainingService paying = on(-80);
        int receipt = 1;
        for (Registration person : people) {
            if (person.fee().due().rupiah() > 0 && receipt <= 7) {
                saved(paying.recordFee(person, new Fee(person.fee().due(), person.fee().due(),
                        today.minusDays(80), String.format("KW/LOK/%03d", receipt++))));
            }
        }

        for (TrainingSession session : sessions) {
            TrainingService desk = on((int) (session.heldOn().toEpochDay() - today.toEpochDay()));
            for (int i = 0; i < people.size(); i++) {
                // the last participant from a member missed the second day: no certificate under the all-sessions rule
                boolean missed = i == people.size() - 2 && session.heldOn().equals(first.plusDays(1));
                if (!missed) {
                    saved(desk.setAttended(session.id(), people.get(i).id(), true));
                }
            }
        }
        TrainingService after = on(-73);
        event = saved(after.move(after.event(event.id()).orElseThrow(), EventStatus.HELD));
        saved(after.issueCertificates(event.id()));
    }

    private void openSeminar(List<TrainingMember> members) {
        TrainingMember host = members.get(1);
        LocalDate day = today.plusDays(20);
        TrainingService planning = on(-14);
        TrainingEvent event = saved(planning.createEvent(TrainingEvent.planned(EventKind.SEMINAR,
                "Seminar Literasi Informasi di Perguruan Tinggi", "Information literacy in higher education seminar",
                host.id(), "Aula Utama " + host.name(), day, day, day.minusDays(5), 6, 2, Money.ZERO,
                "Tanpa biaya; makan siang disediakan", "Dewi Anggraeni", "0811-2204-7781",
                "seminar@fppti-jabar.or.id")));
        session(planning, event, day, 9, 0, 12, 0, "Literasi informasi dan kecerdasan buatan", "Prof. Dr. Tuti Hartati");
        session(planning, event, day, 13, 0, 15, 0, "Diskusi panel: peran pustakawan", "Panel anggota forum");
        event = saved(planning.move(event, EventStatus.OPEN));
        TrainingService registering = on(-10);
        for (TrainingMember member : members.subList(0, 4)) {
            for (TrainingStaff person : training.staff(member.id()).subList(0, 2)) {
                saved(registering.register(event.id(), new Registrant.Staff(member.id(), person.id()),
                        ParticipantRole.PARTICIPANT, ""));
            }
        }
        Registration guest = saved(on(-3).register(event.id(), new Registrant.Guest("Bayu Saputra",
                "Perpustakaan Kota Bandung", "bayu.saputra@bandung.go.id", null), ParticipantRole.PARTICIPANT,
                ""));
        // one from the first member withdrew: the first on the waiting list took the place
        Registration withdrawn = training.registrations(event.id()).get(0);
        saved(on(-2).cancel(withdrawn));
        if (guest.status() != RegistrationStatus.WAITING) {
            throw new IllegalStateException("The demo seminar should be over its capacity");
        }
    }

    private static TrainingSession session(TrainingService service, TrainingEvent event, LocalDate day, int fromHour,
                                           int fromMinute, int toHour, int toMinute, String topic, String speaker) {
        return saved(service.addSession(TrainingSession.of(event.id(), day, LocalTime.of(fromHour, fromMinute),
                LocalTime.of(toHour, toMinute), topic, speaker)));
    }

    /** The service on the day {@code days} from today, at ten in the morning. */
    private TrainingService on(int days) {
        return training.withClock(Clock.fixed(today.plusDays(days).atTime(10, 0).atZone(JAKARTA).toInstant(),
                JAKARTA));
    }

    private static <T> T saved(SaveResult<T> result) {
        if (result instanceof SaveResult.Saved<T> saved) {
            return saved.value();
        }
        throw new IllegalStateException("The demo training was refused: " + result);
    }
}
