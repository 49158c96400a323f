package id.jalin.bench;

import id.jalin.catalogue.data.JooqHoldingsStore;
import id.jalin.catalogue.domain.CatalogueRecord;
import id.jalin.catalogue.domain.HeldMatch;
import id.jalin.catalogue.domain.SyntheticCatalogue;
import id.jalin.catalogue.domain.TitleProbe;
import id.jalin.catalogue.domain.UnionCatalogueService;
import id.jalin.kernel.access.Permissions;
import id.jalin.kernel.access.TestActors;
import id.jalin.kernel.audit.TestAudit;
import id.jalin.kernel.db.ConnectionSettings;
import id.jalin.kernel.db.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * 1,000 purchase proposals checked against the million holdings {@link CatalogueImportBench} loaded (same seed, so
 * the bench knows what is held), with duplicates planted in every form: the ISBN-10 of a held ISBN-13, a held ISBN
 * written with hyphens, a held title without ISBN in other case and punctuation, and the next edition of a held
 * title that must not match; plus titles nobody holds. Reports the time of the whole batch (cold, then warm) and
 * whether every planted duplicate was found with no false hit.
 * {@code java -Xmx1g -cp ... id.jalin.bench.DuplicateCheckBench /tmp/jalin-catalogue-bench...}
 */
public final class DuplicateCheckBench {
    private static final int EACH = 200;

    private DuplicateCheckBench() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        SyntheticCatalogue synthetic = new SyntheticCatalogue(42, 50);
        List<CatalogueRecord> held = new ArrayList<>();
        for (int member = 0; member < 50; member += 5) {
            held.addAll(synthetic.member(member, 20_000).subList(0, 2_000));
        }
        List<TitleProbe> probes = new ArrayList<>();
        List<String> planted = new ArrayList<>();
        int isbn10 = 0;
        int hyphens = 0;
        int titles = 0;
        int editions = 0;
        for (CatalogueRecord record : held) {
            String author = record.authors().isEmpty() ? "" : record.authors().get(0);
            boolean hasIsbn = !record.validIsbns().isEmpty();
            String isbn = hasIsbn ? record.validIsbns().get(0).digits() : "";
            if (hasIsbn && isbn.startsWith("978") && isbn10 < EACH) {
                probes.add(new TitleProbe(toIsbn10(isbn), "", "", null, ""));
                planted.add("isbn10");
                isbn10++;
            } else if (hasIsbn && hyphens < EACH) {
                probes.add(new TitleProbe(isbn.substring(0, 3) + "-" + isbn.substring(3, 5) + "-"
                        + isbn.substring(5, 9) + "-" + isbn.substring(9, 12) + "-" + isbn.substring(12), "", "", null,
                        ""));
                planted.add("hyphens");
                hyphens++;
            } else if (record.year() != null && !author.isEmpty() && titles < EACH) {
                // as a proposal types it: the whole title, in capitals, spaced and punctuated differently
                String title = record.subtitle().isEmpty() ? record.title() : record.title() + " : " + record.subtitle();
                probes.add(new TitleProbe("", title.toUpperCase(Locale.ROOT).replace(" ", "  ") + "!", author,
                        record.year(), record.edition()));
                planted.add("title");
                titles++;
            } else if (record.year() != null && !author.isEmpty() && editions < EACH) {
                probes.add(new TitleProbe("", record.title(), author, record.year(), "Edisi ke-9"));
                planted.add("edition");
                editions++;
            }
            if (probes.size() == 4 * EACH) {
                break;
            }
        }
        for (int i = 0; probes.size() < 1_000; i++) {
            probes.add(new TitleProbe("", "Judul yang belum dimiliki siapa pun nomor " + i, "Tidak Ada, Pengarang",
                    2031, ""));
            planted.add("none");
        }
        try (Database database = Database.open(ConnectionSettings.embedded(folder.resolve("jalin").resolve("jalin")))) {
            UnionCatalogueService service = new UnionCatalogueService(new JooqHoldingsStore(database.dsl(),
                    TestAudit.TRAIL, ids -> new HashMap<>(), TestActors.AS_COORDINATOR, Clock.systemDefaultZone()),
                    new Permissions(TestActors.AS_COORDINATOR));
            List<HeldMatch> found = List.of();
            long[] times = new long[6];
            for (int round = 0; round < times.length; round++) {
                long start = System.nanoTime();
                found = service.held(probes);
                times[round] = System.nanoTime() - start;
            }
            Set<Integer> hit = new HashSet<>();
            found.forEach(match -> hit.add(match.probe()));
            for (String kind : List.of("isbn10", "hyphens", "title", "edition", "none")) {
                int planted0 = 0;
                int foundOf = 0;
                for (int i = 0; i < probes.size(); i++) {
                    if (planted.get(i).equals(kind)) {
                        planted0++;
                        foundOf += hit.contains(i) ? 1 : 0;
                    }
                }
                System.out.printf("%-8s %4d probes, %4d matched%n", kind, planted0, foundOf);
            }
            long[] warm = Arrays.copyOfRange(times, 1, times.length);
            Arrays.sort(warm);
            System.out.printf("1,000 proposals: cold %.0f ms, warm median %.0f ms (best %.0f, worst %.0f); %d matches%n",
                    times[0] / 1e6, warm[warm.length / 2] / 1e6, warm[0] / 1e6, warm[warm.length - 1] / 1e6,
                    found.size());
        }
    }

    /** The ISBN-10 of a 978 ISBN-13: the nine digits after 978 and their own check digit. */
    private static String toIsbn10(String isbn13) {
        String nine = isbn13.substring(3, 12);
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (10 - i) * (nine.charAt(i) - '0');
        }
        int check = (11 - sum % 11) % 11;
        return nine + (check == 10 ? "X" : String.valueOf(check));
    }
}
