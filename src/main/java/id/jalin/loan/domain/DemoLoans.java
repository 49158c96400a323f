package id.jalin.loan.domain;

import id.jalin.kernel.task.Progress;
import id.jalin.kernel.validation.SaveResult;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A season of interlibrary loans between the demo members, told through the service step by step on the days they
 * happened (the same every time): loans completed and still out, some overdue, copies delivered, one request passed
 * along the rota after an unfilled answer, and a few waiting on a lender.
 */
public final class DemoLoans {
    private static final long SEED = 18626L;
    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    private static final String[] PATRONS = {"Rina Wulandari", "Agus Setiawan", "Dewi Lestari", "Fajar Nugroho",
        "Siti Rahmawati", "Budi Santoso", "Maya Kusuma", "Hendra Gunawan", "Ayu Pratiwi", "Yusuf Hakim",
        "Indah Permatasari", "Taufik Hidayat"};

    /** A work of the union catalogue with the members that hold it. */
    public record HeldWork(RequestedItem item, List<Long> holders) {
    }

    private final InterlibraryLoans loans;
    private final LocalDate today;
    private final Random random = new Random(SEED);

    private DemoLoans(InterlibraryLoans loans) {
        this.loans = loans;
        this.today = loans.today();
    }

    /** @param works catalogue works held by at least two members, the first ones asked for */
    public static void loadInto(InterlibraryLoans loans, List<HeldWork> works, Progress progress) {
        new DemoLoans(loans).load(works, progress);
    }

    private void load(List<HeldWork> works, Progress progress) {
        List<Long> active = loans.members().stream().filter(LoanMember::active).map(LoanMember::id).toList();
        if (active.size() < 3) {
            return;
        }
        List<Story> stories = List.of(Story.COMPLETED, Story.COMPLETED, Story.COMPLETED, Story.COMPLETED,
                Story.COMPLETED, Story.OUT, Story.OUT, Story.OUT, Story.OVERDUE, Story.OVERDUE, Story.OVERDUE,
                Story.RECALLED_OVERDUE, Story.COPY, Story.COPY, Story.COPY, Story.ROTA, Story.WAITING, Story.WAITING,
                Story.CONDITION, Story.CANCELLED, Story.RENEWED, Story.COMPLETED, Story.OUT, Story.COPY);
        for (int i = 0; i < stories.size(); i++) {
            progress.checkCancelled();
            HeldWork work = i < works.size() ? works.get(i) : null;
            tell(stories.get(i), work, active, i);
        }
    }

    @id.jalin.kernel.i18n.Labels({})  // the demo's own plot, never shown
    private enum Story {
        COMPLETED, OUT, OVERDUE, RECALLED_OVERDUE, COPY, ROTA, WAITING, CONDITION, CANCELLED, RENEWED
    }

    private void tell(Story story, HeldWork work, List<Long> active, int index) {
        List<Long> lenders = new ArrayList<>();
        if (work != null) {
            work.holders().stream().filter(active::contains).forEach(lenders::add);
        }
        if (lenders.size() < 2) {
            lenders.clear();
            lenders.add(active.get((index * 3 + 1) % active.size()));
            lenders.add(active.get((index * 3 + 2) % active.size()));
            work = null;
        }
        List<Long> borrowers = active.stream().filter(id -> !lenders.contains(id)).toList();
        long borrower = borrowers.get(index % borrowers.size());
        boolean copy = story == Story.COPY;
        RequestedItem item = work != null ? work.item() : new RequestedItem(null,
                "Prosiding Seminar Nasional Ilmu Perpustakaan " + (2015 + index % 9), "", "Forum Perpustakaan", null,
                "", "", ItemKind.SERIAL, "", "");
        if (copy) {
            item = new RequestedItem(item.workId(), item.title(), item.author(), item.publisher(), item.year(),
                    item.isbn(), item.edition(), item.kind(), "hlm. " + (10 + index) + "\u2013" + (30 + index),
                    "Bab " + (1 + index % 5));
        }
        int daysAgo = switch (story) {
            case COMPLETED -> 80 - index;
            case OVERDUE, RECALLED_OVERDUE -> 40 + index % 5;
            case RENEWED -> 35;
            case WAITING, CONDITION -> 1 + index % 3;
            default -> 5 + index;
        };
        LocalDate day = today.minusDays(daysAgo);
        String patron = PATRONS[index % PATRONS.length];
        NewLoanRequest request = new NewLoanRequest(borrower, new Patron(patron, "1301" + (190000 + index * 37),
                index % 4 == 3 ? PatronKind.LECTURER : PatronKind.STUDENT), copy ? ServiceKind.COPY : ServiceKind.LOAN,
                item, copy ? "Untuk keperluan studi pribadi, penelitian, atau pendidikan" : "", null, "",
                story == Story.ROTA ? lenders : List.of(lenders.get(0), lenders.get(1)));
        LoanRequest made = saved(on(day, 9).request(request));
        switch (story) {
            case COMPLETED -> {
                made = step(made, day.plusDays(1), LoanAction.WILL_SUPPLY, null);
                made = step(made, day.plusDays(2), LoanAction.SHIP, null);
                made = step(made, day.plusDays(4), LoanAction.RECEIVE, null);
                made = step(made, day.plusDays(14), LoanAction.SHIP_BACK, null);
                step(made, day.plusDays(16), LoanAction.CHECK_IN, null);
            }
            case OUT -> {
                made = step(made, day.plusDays(1), LoanAction.SHIP, null);
                if (day.plusDays(3).isBefore(today)) {
                    step(made, day.plusDays(3), LoanAction.RECEIVE, null);
                }
            }
            case OVERDUE, RECALLED_OVERDUE -> {
                made = step(made, day.plusDays(1), LoanAction.SHIP, null);
                made = step(made, day.plusDays(3), LoanAction.RECEIVE, null);
                if (story == Story.RECALLED_OVERDUE) {
                    step(made, day.plusDays(10), LoanAction.RECALL, day.plusDays(17));
                }
            }
            case RENEWED -> {
                made = step(made, day.plusDays(1), LoanAction.SHIP, null);
                made = step(made, day.plusDays(3), LoanAction.RECEIVE, null);
                made = step(made, day.plusDays(13), LoanAction.ASK_RENEWAL, null);
                step(made, day.plusDays(14), LoanAction.GRANT_RENEWAL, null);
            }
            case COPY -> step(step(made, day.plusDays(1), LoanAction.WILL_SUPPLY, null), day.plusDays(2),
                    LoanAction.DELIVER_COPY, null);
            case ROTA -> {
                made = stepWithNote(made, day.plusDays(1), LoanAction.UNFILLED, "Sedang dipinjam pemustaka kami");
                step(made, day.plusDays(2), LoanAction.SHIP, null);
            }
            case CONDITION -> stepWithNote(made, day.plusDays(1).isAfter(today) ? today : day.plusDays(1),
                    LoanAction.RETRY_POSSIBLE, "Hanya dapat dibaca di ruang baca");
            case CANCELLED -> stepWithNote(made, day.plusDays(1), LoanAction.CANCEL, "Pemustaka sudah mendapatkannya");
            case WAITING -> {
                // left for the lender to answer
            }
        }
    }

    private LoanRequest step(LoanRequest request, LocalDate day, LoanAction action, LocalDate date) {
        return saved(on(day, 10 + random.nextInt(6)).take(request, new LoanStep(action, "", date)));
    }

    private LoanRequest stepWithNote(LoanRequest request, LocalDate day, LoanAction action, String note) {
        return saved(on(day, 10 + random.nextInt(6)).take(request, LoanStep.of(action, note)));
    }

    private InterlibraryLoans on(LocalDate day, int hour) {
        LocalDateTime at = day.atTime(hour, random.nextInt(60));
        return loans.withClock(Clock.fixed(at.atZone(JAKARTA).toInstant(), JAKARTA));
    }

    private static LoanRequest saved(SaveResult<LoanRequest> result) {
        if (result instanceof SaveResult.Saved<LoanRequest> saved) {
            return saved.value();
        }
        throw new IllegalStateException("Demo loan refused: " + result);
    }
}
