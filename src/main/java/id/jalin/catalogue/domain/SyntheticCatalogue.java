package id.jalin.catalogue.domain;

import id.jalin.catalogue.domain.SyntheticWords.Publisher;
import id.jalin.catalogue.domain.SyntheticWords.Subject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * Seeded synthetic holdings of a forum's members, for the demo data and the million-holding bench: realistic
 * Indonesian and English university-library records (titles from real subject words and title patterns, Indonesian
 * and English authors, Indonesian and foreign publishers with their cities, years 1980-2026, subjects, Dewey call
 * numbers such as "025.04 SUL p", item codes), with a share of works held by several members.
 *
 * <p>What is planted:
 * <ul>
 * <li>about 31% of a member's records are drawn from a pool of works shared across the forum; a pool work is held by
 * each member with the same chance, chosen so that a forum of {@code forumSize} members holds it about three times
 * (at most half the members), so that about 30% of a member's titles are held elsewhere too. Another member's record
 * of a shared work is written its own way: ISBN-10 at one member and ISBN-13 at another, or none; the title in
 * capitals or with the cataloguer's closing " /"; the author inverted or direct; a reprint statement ("Cet. 2");
 * its own call number and item codes. The match keys see through all of these;</li>
 * <li>about 4% are a later edition ("Edisi 2", "2nd ed.", "Edisi revisi") of a pool work: same title and author,
 * later year, another ISBN: another work;</li>
 * <li>the rest are the member's own: books (about 15% of works without ISBN), and a few theses (skripsi of the
 * member's university, never shared), research reports and serials (with a valid ISSN; serials of the pool are shared
 * too).</li>
 * </ul>
 * A member's records depend only on the seed, the forum size and the member's index, so a member can be generated
 * again, or alone, with the same result; {@code original} is always empty.
 */
public final class SyntheticCatalogue {
    /** The members' share of records drawn from the shared pool. */
    private static final double SHARED = 0.31;
    private static final double NEW_EDITION = 0.04;
    private static final double THESIS = 0.03;
    private static final double REPORT = 0.01;
    private static final double SERIAL = 0.02;
    private static final long POOL_EDITION = 1L << 40;
    private static final long OWN = 2L << 40;
    private static final long ISBN_SPACE = 100_000_000L;
    private static final long EDITIONS = 10_000_000L;
    private static final long OWN_NUMBERS = 20_000_000L;
    private static final long ISSN_SPACE = 10_000_000L;
    private static final long SERIALS = 5_000_000L;

    private final long seed;
    private final double holdChance;

    /** A forum of five members, as the demo data have. */
    public SyntheticCatalogue(long seed) {
        this(seed, 5);
    }

    /** A forum of {@code forumSize} members (50 for the bench): each shared work is held by about three of them. */
    public SyntheticCatalogue(long seed, int forumSize) {
        this.seed = seed;
        this.holdChance = Math.min(0.5, 3.0 / Math.max(1, forumSize));
    }

    /** The first {@code count} records of member {@code memberIndex} (from 0), in a list: for small counts. */
    public List<CatalogueRecord> member(int memberIndex, int count) {
        List<CatalogueRecord> records = new ArrayList<>(count);
        member(memberIndex, count, records::add);
        return records;
    }

    /** The first {@code count} records of member {@code memberIndex} (from 0), handed to {@code sink} one at a time. */
    public void member(int memberIndex, int count, Consumer<CatalogueRecord> sink) {
        planted(memberIndex, count, (work, record) -> sink.accept(record));
    }

    /**
     * How a member's record shows a work's ISBN in its 020 or isbn_issn: as ISBN-10 or ISBN-13, with or without
     * hyphens, the way its cataloguer wrote it; {@link CatalogueRecord} keeps only the 13 digits, so a MARC or CSV
     * writer of these records asks here. Depends only on the record's source id and the ISBN.
     */
    public static String asWritten(String sourceId, Isbn isbn) {
        String digits = isbn.digits();
        int form = Math.floorMod(sourceId.hashCode() * 31 + digits.hashCode(), 10);
        if (form < 4 && digits.startsWith("978")) {
            String nine = digits.substring(3, 12);
            String ten = nine + Isbn.checkDigit10(nine);
            return form < 2 ? ten : ten.substring(0, 3) + "-" + ten.substring(3, 7) + "-" + ten.substring(7, 9)
                    + "-" + ten.substring(9);
        }
        return form < 7 ? digits.substring(0, 3) + "-" + digits.substring(3, 6) + "-" + digits.substring(6, 8) + "-"
                + digits.substring(8, 12) + "-" + digits.substring(12) : digits;
    }

    /** A record and the work it was planted as: what the tests check the clustering against. */
    interface Planted {
        void accept(long work, CatalogueRecord record);
    }

    void planted(int memberIndex, int count, Planted sink) {
        SplittableRandom member = new SplittableRandom(mix(seed, 0x6d656d62L + memberIndex));
        PoolScan pool = new PoolScan(memberIndex);
        for (int i = 0; i < count; i++) {
            String sourceId = String.valueOf(1000 + i);
            double draw = member.nextDouble();
            long work;
            Work base;
            if (draw < SHARED) {
                long index = pool.next();
                work = index;
                base = poolWork(index);
            } else if (draw < SHARED + NEW_EDITION) {
                long index = member.nextInt((int) Math.min(Integer.MAX_VALUE, pool.scanned + 2));
                Work earlier = poolWork(index);
                // a serial has no later edition: the member then holds the serial itself
                work = earlier.kind() == MaterialKind.BOOK ? POOL_EDITION | index : index;
                base = earlier.kind() == MaterialKind.BOOK
                        ? earlier.nextEdition(new SplittableRandom(mix(seed, work)), numbered(EDITIONS + index))
                        : earlier;
            } else {
                work = OWN | ((long) memberIndex << 24) | i;
                SplittableRandom random = new SplittableRandom(mix(seed, work));
                double kind = (draw - SHARED - NEW_EDITION) / (1 - SHARED - NEW_EDITION);
                long number = numbered(OWN_NUMBERS + (long) memberIndex * 1_000_000L + i);
                if (kind < THESIS) {
                    base = Work.thesis(random, memberIndex);
                } else if (kind < THESIS + REPORT) {
                    base = Work.report(random, memberIndex);
                } else if (kind < THESIS + REPORT + SERIAL) {
                    base = Work.serial(random, memberIndex,
                            serialNumber(SERIALS + memberIndex * 100_000L + i % 100_000));
                } else {
                    base = Work.book(random, number);
                }
            }
            sink.accept(work, base.heldBy(member, memberIndex, sourceId, i));
        }
    }

    private Work poolWork(long index) {
        SplittableRandom random = new SplittableRandom(mix(seed, index));
        long number = numbered(index);
        return random.nextInt(40) == 0
                ? Work.serial(random, random.nextInt(SyntheticWords.UNIVERSITIES.size()), serialNumber(index))
                : Work.book(random, number);
    }

    /**
     * The number a work's ISBN (or ISSN) is made from: works are numbered apart (pool works below ten million, their
     * later editions from ten million, each member's own twenty million up, a million to a member) and the number is
     * scrambled by a bijection of the eight-digit numbers that depends on the seed, so no two works of one forum
     * share an ISBN by chance, as random digits would at a million holdings.
     */
    private long numbered(long work) {
        long offset = Math.floorMod(seed, ISBN_SPACE);
        return Math.floorMod(work * 7_654_321L + offset, ISBN_SPACE);
    }

    /** Likewise for a serial's ISSN, over the seven-digit numbers: pool serials below five million, then members'. */
    private long serialNumber(long serial) {
        long offset = Math.floorMod(seed, ISSN_SPACE);
        return Math.floorMod(serial * 1_234_567L + offset, ISSN_SPACE);
    }

    /** Walks the pool in order, keeping the works this member holds. */
    private final class PoolScan {
        private final long memberKey;
        private long scanned = -1;

        PoolScan(int memberIndex) {
            this.memberKey = 0x706f6f6cL + memberIndex;
        }

        long next() {
            while (true) {
                scanned++;
                long hash = mix(mix(seed, scanned), memberKey);
                if ((hash >>> 11) * 0x1.0p-53 < holdChance) {
                    return scanned;
                }
            }
        }
    }

    static long mix(long a, long b) {
        long z = a * 0x9E3779B97F4A7C15L + b;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** One work as its first cataloguer described it; {@link #heldBy} writes one member's record of it. */
    private record Work(String title, String subtitle, String surname, String given, String edition, String publisher,
                        String place, int year, Optional<Isbn> isbn, Optional<Issn> issn, Subject subject,
                        String language, MaterialKind kind, String extent, String notes, String series) {

        static Work book(SplittableRandom random, long number) {
            boolean english = random.nextInt(10) < 3;
            Subject subject = pick(random, english ? SyntheticWords.ENGLISH_SUBJECTS
                    : SyntheticWords.INDONESIAN_SUBJECTS);
            String title;
            String subtitle = "";
            if (english) {
                String opening = pick(random, SyntheticWords.ENGLISH_OPENINGS);
                title = opening + " " + subject.phrase() + context(random, SyntheticWords.ENGLISH_CONTEXTS);
                if (random.nextInt(3) == 0) {
                    subtitle = pick(random, SyntheticWords.ENGLISH_SUBTITLES);
                }
            } else {
                title = pick(random, SyntheticWords.INDONESIAN_OPENINGS) + " " + subject.phrase()
                        + context(random, SyntheticWords.INDONESIAN_CONTEXTS);
                if (random.nextInt(2) == 0) {
                    subtitle = pick(random, SyntheticWords.INDONESIAN_SUBTITLES);
                }
            }
            String surname;
            String given;
            if (english) {
                surname = pick(random, SyntheticWords.ENGLISH_SURNAMES);
                given = pick(random, SyntheticWords.ENGLISH_GIVEN);
            } else if (random.nextInt(6) == 0) {
                surname = pick(random, SyntheticWords.SINGLE_NAMES);
                given = "";
            } else {
                surname = pick(random, SyntheticWords.INDONESIAN_SURNAMES);
                given = pick(random, SyntheticWords.INDONESIAN_GIVEN);
            }
            String edition = "";
            int editionDraw = random.nextInt(100);
            if (editionDraw < 8) {
                edition = english ? pick(random, List.of("2nd ed.", "3rd ed.", "Rev. ed."))
                        : pick(random, List.of("Edisi 2", "Ed. 3", "Edisi revisi", "Edisi kedua"));
            }
            Publisher publisher = pick(random, english ? SyntheticWords.ENGLISH_PUBLISHERS
                    : SyntheticWords.INDONESIAN_PUBLISHERS);
            int year = year(random, 1980);
            Optional<Isbn> isbn = random.nextInt(100) < 85 ? Optional.of(isbn(random, english, number))
                    : Optional.empty();
            int pages = 80 + random.nextInt(520);
            String extent = english ? roman(random) + ", " + pages + " p. : ill. ; 24 cm."
                    : roman(random) + ", " + pages + " hlm. : ilus. ; 23 cm";
            return new Work(title, subtitle, surname, given, edition, publisher.name(), publisher.place(), year, isbn,
                    Optional.empty(), subject, english ? "en" : "id", MaterialKind.BOOK, extent, "", "");
        }

        static Work thesis(SplittableRandom random, int memberIndex) {
            Publisher university = university(memberIndex);
            String title = "Pengaruh " + pick(random, SyntheticWords.THESIS_FACTORS) + " terhadap "
                    + pick(random, SyntheticWords.THESIS_OUTCOMES) + " pada " + pick(random,
                    SyntheticWords.THESIS_SITES) + " " + pick(random, SyntheticWords.CITIES);
            String surname = pick(random, SyntheticWords.INDONESIAN_SURNAMES);
            String given = pick(random, SyntheticWords.INDONESIAN_GIVEN);
            Subject subject = pick(random, SyntheticWords.INDONESIAN_SUBJECTS);
            int year = year(random, 2005);
            return new Work(title, "", surname, given, "", university.name(), university.place(), year,
                    Optional.empty(), Optional.empty(), subject, "id", MaterialKind.THESIS,
                    "xiv, " + (60 + random.nextInt(120)) + " hlm. ; 30 cm", "Skripsi (S1) -- " + university.name(),
                    "");
        }

        static Work report(SplittableRandom random, int memberIndex) {
            Work thesis = thesis(random, memberIndex);
            return new Work("Laporan penelitian " + lowerFirst(thesis.title()), "", thesis.surname(), thesis.given(),
                    "", "Lembaga Penelitian dan Pengabdian kepada Masyarakat, " + thesis.publisher(), thesis.place(),
                    thesis.year(), Optional.empty(), Optional.empty(), thesis.subject(), "id",
                    MaterialKind.RESEARCH_REPORT, "vi, " + (30 + random.nextInt(90)) + " hlm. ; 30 cm",
                    "Penelitian dosen pemula", "");
        }

        static Work serial(SplittableRandom random, int universityIndex, long number) {
            Subject subject = pick(random, SyntheticWords.INDONESIAN_SUBJECTS);
            Publisher university = university(universityIndex);
            String title = pick(random, List.of("Jurnal ", "Jurnal Ilmiah ", "Majalah Ilmiah ", "Jurnal Kajian "))
                    + capitalise(subject.phrase());
            return new Work(title, "", "", "", "", university.name(), university.place(), year(random, 1980),
                    Optional.empty(), Optional.of(issn(number)), subject, "id", MaterialKind.SERIAL,
                    "Terbit " + pick(random, List.of("dua kali setahun", "tiga kali setahun", "empat kali setahun")),
                    "", "");
        }

        /** A later edition of this book: another work, with its year and ISBN. */
        Work nextEdition(SplittableRandom random, long number) {
            boolean english = "en".equals(language);
            String next = english ? pick(random, List.of("2nd ed.", "3rd ed.", "4th ed."))
                    : pick(random, List.of("Edisi 2", "Edisi 3", "Edisi revisi", "Ed. 4"));
            if (EditionNumber.of(next).equals(EditionNumber.of(edition))) {
                next = english ? "5th ed." : "Edisi 5";
            }
            int later = Math.min(2026, year + 2 + random.nextInt(6));
            return new Work(title, subtitle, surname, given, next, publisher, place, later,
                    Optional.of(isbn(random, english, number)), issn, subject, language, kind, extent, notes, series);
        }

        /** How member {@code memberIndex} catalogues this work: its own ways of writing, its call number, its copies. */
        CatalogueRecord heldBy(SplittableRandom member, int memberIndex, String sourceId, int position) {
            String shownTitle = title;
            int titleStyle = member.nextInt(100);
            if (titleStyle < 12) {
                shownTitle = title.toUpperCase(Locale.ROOT);
            } else if (titleStyle < 20) {
                shownTitle = title + " /";
            }
            String author = "";
            String responsibility = "";
            if (!surname.isEmpty()) {
                boolean direct = member.nextInt(100) < 35;
                author = given.isEmpty() ? surname : direct ? given + " " + surname : surname + ", " + given;
                responsibility = (language.equals("en") ? "" : member.nextBoolean() ? "oleh " : "")
                        + (given.isEmpty() ? surname : given + " " + surname);
            }
            String shownEdition = edition;
            if (edition.isEmpty() && kind == MaterialKind.BOOK && member.nextInt(100) < 10) {
                shownEdition = pick(member, List.of("Cet. 2", "Cetakan ke-3", "Cet. 5", "Cetakan kedua"));
            }
            List<Isbn> isbns = isbn.isPresent() && member.nextInt(100) < 92 ? List.of(isbn.get()) : List.of();
            int copies = kind == MaterialKind.THESIS ? 1 : 1 + member.nextInt(member.nextInt(4) + 1);
            List<String> itemCodes = new ArrayList<>(copies);
            for (int copy = 0; copy < copies; copy++) {
                itemCodes.add(itemCode(memberIndex, position, copy));
            }
            String cutter = surname.isEmpty() ? title.substring(0, 3).toUpperCase(Locale.ROOT)
                    : Folding.fold(surname).substring(0, Math.min(3, surname.length())).toUpperCase(Locale.ROOT);
            String callNumber = (kind == MaterialKind.THESIS ? "S " : kind == MaterialKind.SERIAL ? "P " : "")
                    + subject.ddc() + " " + cutter + " " + TitleKey.of(title, "").charAt(0);
            List<String> subjects = List.of(subject.heading());
            return new CatalogueRecord(sourceId, shownTitle, subtitle, responsibility,
                    author.isEmpty() ? List.of() : List.of(author), shownEdition, publisher, place, year, isbns,
                    issn.map(List::of).orElse(List.of()), subjects, language, callNumber, subject.ddc(), series, extent,
                    notes, kind, itemCodes, copies, List.of(), Optional.empty());
        }

        /** "B03" for member 3, the record's position in seven digits, the copy: B0300001230. */
        private static String itemCode(int memberIndex, int position, int copy) {
            StringBuilder code = new StringBuilder(12).append('B');
            String member = String.valueOf(memberIndex % 100);
            String number = String.valueOf(position);
            code.append("00", 0, 2 - member.length()).append(member);
            code.append("0000000", 0, Math.max(0, 7 - number.length())).append(number).append(copy);
            return code.toString();
        }

        private static Publisher university(int index) {
            return SyntheticWords.UNIVERSITIES.get(Math.floorMod(index, SyntheticWords.UNIVERSITIES.size()));
        }

        /** Years 1980 (or {@code from}) to 2026, more of them recent, as a working collection is. */
        private static int year(SplittableRandom random, int from) {
            double recent = Math.sqrt(random.nextDouble());
            return from + (int) Math.floor(recent * (2026 - from + 1) * 0.9999);
        }

        /**
         * A valid ISBN-13 made from the work's own eight-digit {@code number}: Indonesian books under 978-6 (where
         * 602 and 623 are), foreign ones under 978-0 and 978-1.
         */
        private static Isbn isbn(SplittableRandom random, boolean foreign, long number) {
            String prefix = foreign ? (random.nextBoolean() ? "9780" : "9781") : "9786";
            String twelve = prefix + eightDigits(number);
            return new Isbn(twelve + Isbn.checkDigit13(twelve), true);
        }

        /** A valid ISSN from the serial's seven-digit number. */
        private static Issn issn(long number) {
            String seven = eightDigits(number).substring(1);
            return new Issn(seven + Issn.check(seven), true);
        }

        private static String eightDigits(long number) {
            String digits = String.valueOf(number);
            return "00000000".substring(digits.length()) + digits;
        }

        /** Nine titles in ten narrow their subject. */
        private static String context(SplittableRandom random, List<String> contexts) {
            return random.nextInt(10) == 0 ? "" : " " + pick(random, contexts);
        }

        private static String roman(SplittableRandom random) {
            return pick(random, List.of("viii", "x", "xii", "xiv", "xvi", "xviii", "xx"));
        }

        private static String capitalise(String phrase) {
            StringBuilder out = new StringBuilder(phrase.length());
            for (String word : phrase.split(" ")) {
                if (out.length() > 0) {
                    out.append(' ');
                }
                out.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
            return out.toString();
        }

        private static String lowerFirst(String text) {
            return Character.toLowerCase(text.charAt(0)) + text.substring(1);
        }
    }

    private static <T> T pick(SplittableRandom random, List<T> from) {
        return from.get(random.nextInt(from.size()));
    }
}
