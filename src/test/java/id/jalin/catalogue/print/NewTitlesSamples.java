package id.jalin.catalogue.print;

import id.jalin.catalogue.domain.CatalogueRecord;
import id.jalin.catalogue.domain.Isbn;
import id.jalin.catalogue.domain.MatchRule;
import id.jalin.catalogue.domain.MaterialKind;
import id.jalin.catalogue.domain.StoredRecord;
import id.jalin.kernel.pdf.LetterheadData;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** New-titles lists as a member's librarians would print them: long Indonesian titles, transliterated Arabic. */
final class NewTitlesSamples {
    static final LocalDate FROM = LocalDate.of(2026, 10, 1);
    static final LocalDate TO = LocalDate.of(2026, 10, 31);
    static final String MEMBER = "UPT Perpustakaan Universitas Islam Negeri Sunan Gunung Djati Bandung";

    private static final String[] SUBJECTS = {
        "manajemen perpustakaan perguruan tinggi di era disrupsi digital",
        "tafs\u012Br al-Qur\u02BE\u0101n dan \u1E25ad\u012Bth dalam kajian pendidikan Islam kontemporer",
        "metodologi penelitian kualitatif untuk ilmu sosial dan humaniora",
        "hukum perdata Indonesia: teori, praktik, dan yurisprudensi Mahkamah Agung",
        "analisis struktur beton bertulang tahan gempa menurut SNI 2847:2019",
        "ekonomi syariah, perbankan, dan keuangan mikro di pedesaan Jawa Barat",
    };
    private static final String[] AUTHORS = {
        "Sulistyo-Basuki", "Muh\u1E25ammad, \u1E24asan", "Koentjaraningrat", "Subekti, R.", "Nasution, Amrinsyah",
        "Antonio, Muhammad Syafi'i",
    };
    private static final String[] PUBLISHERS = {"Gramedia Pustaka Utama", "Rajawali Pers", "Kencana Prenada Media Group",
        "Penerbit ITB", "Deepublish", "PT RajaGrafindo Persada"};
    private static final String[] PLACES = {"Jakarta", "Depok", "Bandung", "Yogyakarta", "Surabaya", "Malang"};

    private NewTitlesSamples() {
    }

    static LetterheadData letterhead() {
        return new LetterheadData("Forum Perpustakaan Perguruan Tinggi Indonesia Jawa Barat",
                List.of("Jl. Ganesa No. 10, Bandung", "022 2500089 \u2022 sekretariat@fppti-jabar.or.id"), null);
    }

    static NewTitlesList list(int count) {
        List<StoredRecord> records = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            records.add(stored(i));
        }
        return new NewTitlesList(letterhead(), MEMBER, FROM, TO, records);
    }

    static NewTitlesList empty() {
        return new NewTitlesList(letterhead(), MEMBER, FROM, TO, List.of());
    }

    /** The n-th title starts with "Tnnn" and ends with "Znnn", so a test can tell whether its row was split. */
    static String title(int n) {
        if (n % 4 == 2) {
            return String.format("T%03d Dasar-dasar %s Z%03d", n, SUBJECTS[n % SUBJECTS.length].split(" ")[0], n);
        }
        return String.format("T%03d Pengantar %s, jilid %d Z%03d", n, SUBJECTS[n % SUBJECTS.length], n, n);
    }

    static String isbn(int n) {
        String twelve = String.format("978602%06d", n);
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (twelve.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
        }
        return twelve + (10 - sum % 10) % 10;
    }

    static StoredRecord stored(int n) {
        List<String> authors = n % 7 == 0
                ? List.of(AUTHORS[0], AUTHORS[1], AUTHORS[2], AUTHORS[3], AUTHORS[4])
                : List.of(AUTHORS[n % AUTHORS.length]);
        CatalogueRecord record = record(String.valueOf(1000 + n), title(n), n % 3 == 0 ? "sebuah pengantar" : "",
                authors, n % 5 == 0 ? "Edisi ke-" + (n % 4 + 2) : "", PUBLISHERS[n % PUBLISHERS.length],
                PLACES[n % PLACES.length], n % 11 == 0 ? null : 2020 + n % 7, List.of(isbn(n)),
                "2" + String.format("%02d", n % 100) + ".7 SUL p", 1 + n % 4);
        return new StoredRecord(n, 3, 500 + n, MatchRule.OWN, record, LocalDateTime.of(2026, 10, 1 + n % 30, 9, 30));
    }

    static CatalogueRecord record(String sourceId, String title, String subtitle, List<String> authors, String edition,
                                  String publisher, String place, Integer year, List<String> isbns, String callNumber,
                                  int copies) {
        return new CatalogueRecord(sourceId, title, subtitle, "", authors, edition, publisher, place, year,
                isbns.stream().map(i -> Isbn.read(i).orElseThrow()).toList(), List.of(), List.of(), "ind",
                callNumber, "", "", "", "", MaterialKind.BOOK, List.of(), copies, List.of(), Optional.empty());
    }
}
