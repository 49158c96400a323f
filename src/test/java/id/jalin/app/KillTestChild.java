package id.jalin.app;

import id.jalin.crossservice.domain.CardHolder;
import id.jalin.kernel.access.TestActors;
import id.jalin.kernel.db.ConnectionSettings;
import id.jalin.kernel.db.Database;
import id.jalin.kernel.money.Money;
import id.jalin.kernel.task.Progress;
import id.jalin.kernel.validation.SaveResult;
import id.jalin.member.domain.Libraries;
import id.jalin.member.domain.Library;
import id.jalin.member.domain.Member;
import java.io.ByteArrayInputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * The child JVM of {@link KillTest}: opens the embedded database the way the app does and then imports and edits
 * through the real services until it is killed. After each transaction commits it prints one line
 * {@code committed <kind> <marker> [<count>]} and flushes (and {@code begin <kind> <batch>} before an import), so the parent knows what must survive the kill. Every
 * row of an import carries its batch marker and the batch size ({@code kill-batch:<id>:<count>}), so the parent can
 * see whether any batch is there only in part.
 *
 * <p>The services are wired in {@link #services} only, so a change to their constructors is fixed in one place.
 */
public final class KillTestChild {
    static final String EDIT_CODE = "KILLEDIT";
    static final String HOME_CODE = "KILLHOME";
    static final String BATCH = "kill-batch:";
    static final String EDIT = "edit:";

    private final FeatureServices services;
    private final PrintStream out;
    private final Random random;
    private final int trial;
    private int sequence;

    private KillTestChild(FeatureServices services, PrintStream out, Random random, int trial) {
        this.services = services;
        this.out = out;
        this.random = random;
        this.trial = trial;
    }

    /** @param args the database file (without ".mv.db"), the trial number, the seed */
    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int trial = Integer.parseInt(args[1]);
        long seed = Long.parseLong(args[2]);
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), false,
                StandardCharsets.UTF_8);
        Database database = Database.open(ConnectionSettings.embedded(file));
        KillTestChild child = new KillTestChild(services(database), out, new Random(seed), trial);
        child.prepare();
        out.println("ready");
        out.flush();
        while (true) {
            child.step();
        }
    }

    /** The one place where the child builds the app's services: as the app does, over the database's DSL. */
    static FeatureServices services(Database database) {
        return FeatureServices.over(database.dsl(), Clock.systemUTC(), TestActors.AS_COORDINATOR);
    }

    /** The library whose notes the edits count up, and the home library of the imported card holders. */
    private void prepare() {
        for (String code : List.of(EDIT_CODE, HOME_CODE)) {
            if (services.members().memberByCode(code).isEmpty()) {
                Library library = Libraries.library(code, "Perpustakaan " + code);
                expectSaved(services.members().save(Member.of(library)));
                committed("library " + code);
            }
        }
    }

    private void step() throws Exception {
        sequence++;
        switch (random.nextInt(4)) {
            case 0 -> importMembers();
            case 1 -> importHolders();
            case 2 -> editLibrary();
            default -> issueCard();
        }
    }

    private String batchId() {
        return "t" + trial + "s" + sequence;
    }

    private void importMembers() throws Exception {
        String batch = batchId();
        int count = 5 + random.nextInt(60);
        StringBuilder csv = new StringBuilder("code;name;kind;notes;staff_name\n");
        for (int i = 0; i < count; i++) {
            csv.append("K").append(trial).append('S').append(sequence).append('-').append(i).append(';')
                    .append("Perpustakaan ").append(batch).append(' ').append(i).append(";universitas;")
                    .append(BATCH).append(batch).append(':').append(count).append(";Staf ").append(i).append('\n');
        }
        begun("members " + batch);
        var report = services.memberImport().importFile(bytes(csv), Progress.NONE);
        if (report.created() != count || !report.rejected().isEmpty()) {
            throw new IllegalStateException("member import " + batch + " was not whole: " + report);
        }
        committed("members " + batch + " " + count);
    }

    private void importHolders() throws Exception {
        String batch = batchId();
        int count = 5 + random.nextInt(60);
        StringBuilder csv = new StringBuilder("nomor;nama;perpustakaan_asal;program_studi\n");
        for (int i = 0; i < count; i++) {
            csv.append("T").append(trial).append('S').append(sequence).append('N').append(i).append(';')
                    .append("Mahasiswa ").append(i).append(';').append(HOME_CODE).append(';')
                    .append(BATCH).append(batch).append(':').append(count).append('\n');
        }
        begun("holders " + batch);
        var report = services.crossService().holderImport().importFile(bytes(csv), Progress.NONE);
        if (report.created() != count || !report.rejected().isEmpty()) {
            throw new IllegalStateException("holder import " + batch + " was not whole: " + report);
        }
        committed("holders " + batch + " " + count);
    }

    /** Counts the edit library's notes one up: the parent finds at least the last count reported. */
    private void editLibrary() {
        Member member = services.members().memberByCode(EDIT_CODE).orElseThrow();
        Library library = member.library();
        String notes = library.notes();
        long count = notes.startsWith(EDIT) ? Long.parseLong(notes.substring(EDIT.length())) + 1 : 1;
        Library edited = new Library(library.id(), library.version(), library.code(), library.name(),
                library.institution(), library.kind(), library.address(), library.city(), library.province(),
                library.phone(), library.email(), library.website(), library.joinedOn(), library.status(),
                library.duesClass(), library.yearlyDues(), library.collectionTitles(), EDIT + count);
        expectSaved(services.members().save(new Member(edited, member.staff())));
        committed("edit " + count);
    }

    /** Issues a card, numbered in its transaction, to one of the imported holders; the receipt is the marker. */
    private void issueCard() {
        long home = services.members().memberByCode(HOME_CODE).orElseThrow().library().id();
        List<CardHolder> holders = services.crossService().holders().holdersOf(home);
        if (holders.isEmpty()) {
            return;
        }
        CardHolder holder = holders.get(random.nextInt(holders.size()));
        String receipt = "R" + batchId();
        LocalDate today = LocalDate.now(Clock.systemUTC());
        expectSaved(services.crossService().cards().issue(holder, today, today.plusMonths(6), Money.of(25_000),
                receipt));
        committed("card " + receipt);
    }

    /** Tells the parent an import is under way, so it can count the kills that struck in the middle of one. */
    private void begun(String what) {
        out.println("begin " + what);
        out.flush();
    }

    private void committed(String what) {
        out.println("committed " + what);
        out.flush();
    }

    private static void expectSaved(SaveResult<?> result) {
        if (!(result instanceof SaveResult.Saved<?>)) {
            throw new IllegalStateException("not saved: " + result);
        }
    }

    private static ByteArrayInputStream bytes(CharSequence csv) {
        return new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8));
    }
}
