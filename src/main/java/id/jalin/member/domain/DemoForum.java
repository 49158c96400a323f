package id.jalin.member.domain;

import static id.jalin.member.domain.ForumRole.CONTACT_PERSON;
import static id.jalin.member.domain.ForumRole.COORDINATOR;
import static id.jalin.member.domain.ForumRole.NONE;
import static id.jalin.member.domain.ForumRole.SECRETARY;
import static id.jalin.member.domain.LibraryKind.ACADEMY;
import static id.jalin.member.domain.LibraryKind.COLLEGE;
import static id.jalin.member.domain.LibraryKind.INSTITUTE;
import static id.jalin.member.domain.LibraryKind.POLYTECHNIC;
import static id.jalin.member.domain.LibraryKind.UNIVERSITY;
import static id.jalin.member.domain.MemberStatus.ACTIVE;
import static id.jalin.member.domain.MemberStatus.LEFT;
import static id.jalin.member.domain.MemberStatus.SUSPENDED;

import id.jalin.kernel.money.Money;
import id.jalin.kernel.task.Progress;
import id.jalin.kernel.validation.SaveResult;
import id.jalin.kernel.validation.Validation;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A made-up but plausible West Java forum of twenty member libraries, for demonstrations, training and
 * screenshots. Institutions are modelled on real campuses (some small ones are invented); every person is
 * invented. It is stored through {@link MemberService#save}, the same path as the member form, so it
 * exercises the same rules.
 */
public final class DemoForum {
    private static final String PROVINCE = "Jawa Barat";
    // The forum's dues classes: large universities pay most, academies and small colleges least.
    private static final Map<String, Money> DUES = Map.of(
            "A", Money.of(2_500_000), "B", Money.of(1_500_000), "C", Money.of(750_000));

    private DemoForum() {
    }

    /** The twenty demo members, not yet stored (ids are null). */
    public static List<Member> members() {
        return List.of(
                member(library("UNPAD", "Perpustakaan Universitas Padjadjaran", "Universitas Padjadjaran", UNIVERSITY,
                                "Jl. Raya Bandung-Sumedang Km. 21, Jatinangor", "Sumedang", "(022) 7796310",
                                "perpustakaan@unpad.ac.id", "https://perpustakaan.unpad.ac.id", "2008-03-12", ACTIVE,
                                "A", 235_000, "Pendiri forum; tuan rumah rapat tahunan 2023."),
                        staff("Rina Kurniasih", "Kepala Perpustakaan", "rina.kurniasih@unpad.ac.id", "0812-2201-3345",
                                CONTACT_PERSON),
                        staff("Hendra Gunawan", "Pustakawan Madya", "hendra.gunawan@unpad.ac.id", "0813-2104-5567",
                                COORDINATOR),
                        staff("Yuyun Wahyuni", "Staf Layanan Sirkulasi", "yuyun.w@unpad.ac.id", "0857-2140-8812", NONE),
                        staff("Ade Supriatna", "Pustakawan Pertama", "ade.supriatna@unpad.ac.id", "0821-1560-3390",
                                NONE)),
                member(library("ITB", "Perpustakaan Pusat Institut Teknologi Bandung", "Institut Teknologi Bandung",
                                INSTITUTE, "Jl. Ganesa No. 10, Lb. Siliwangi, Coblong", "Bandung", "(022) 2500089",
                                "perpustakaan@itb.ac.id", "https://lib.itb.ac.id", "2008-03-12", ACTIVE, "A", 250_000,
                                "Pelanggan jurnal internasional terbanyak di forum."),
                        staff("Dewi Anggraeni", "Kepala UPT Perpustakaan", "dewi.anggraeni@itb.ac.id", "0811-2204-7781",
                                CONTACT_PERSON),
                        staff("Fajar Ramadhan", "Pustakawan Madya", "fajar.ramadhan@itb.ac.id", "0812-2090-1145", NONE),
                        staff("Lilis Suryani", "Staf Layanan Referensi", "lilis.suryani@itb.ac.id", "0822-1733-5402",
                                NONE)),
                member(library("UPI", "Perpustakaan Universitas Pendidikan Indonesia",
                                "Universitas Pendidikan Indonesia", UNIVERSITY, "Jl. Dr. Setiabudi No. 229, Isola",
                                "Bandung", "(022) 2013163", "perpustakaan@upi.edu", "https://perpustakaan.upi.edu",
                                "2008-05-20", ACTIVE, "A", 180_000, ""),
                        staff("Agus Setiawan", "Kepala Perpustakaan", "agus.setiawan@upi.edu", "0812-2455-6671",
                                CONTACT_PERSON),
                        staff("Nining Rahmawati", "Pustakawan Muda", "nining.r@upi.edu", "0856-2411-0923", NONE),
                        staff("Deden Kurniawan", "Staf Pengolahan Bahan Pustaka", "deden.k@upi.edu", "0878-2230-4418",
                                NONE)),
                member(library("TELU", "Telkom University Open Library", "Telkom University", UNIVERSITY,
                                "Jl. Telekomunikasi No. 1, Terusan Buahbatu, Dayeuhkolot", "Bandung", "(022) 7564108",
                                "openlibrary@telkomuniversity.ac.id", "https://openlibrary.telkomuniversity.ac.id",
                                "2010-02-15", ACTIVE, "A", 150_000, ""),
                        staff("Maya Sari Dewi", "Manajer Open Library", "mayasari@telkomuniversity.ac.id",
                                "0812-1402-7735", CONTACT_PERSON),
                        staff("Rizky Pratama", "Pustakawan", "rizkypratama@telkomuniversity.ac.id", "0813-9520-1184",
                                NONE)),
                member(library("UNPAR", "Perpustakaan Universitas Katolik Parahyangan",
                                "Universitas Katolik Parahyangan", UNIVERSITY, "Jl. Ciumbuleuit No. 94", "Bandung",
                                "(022) 2032655", "perpustakaan@unpar.ac.id", "https://library.unpar.ac.id",
                                "2009-09-01", ACTIVE, "B", 95_000, ""),
                        staff("Theresia Widyastuti", "Kepala Perpustakaan", "theresia.w@unpar.ac.id", "0812-2011-4590",
                                CONTACT_PERSON),
                        staff("Stefanus Hadiwijaya", "Pustakawan Penyelia", "stefanus.h@unpar.ac.id", "0815-6230-8871",
                                NONE),
                        staff("Margaretha Lestari", "Staf Layanan Sirkulasi", "margaretha.l@unpar.ac.id",
                                "0857-9300-2216", NONE)),
                member(library("UNISBA", "Perpustakaan Universitas Islam Bandung", "Universitas Islam Bandung",
                                UNIVERSITY, "Jl. Tamansari No. 1", "Bandung", "(022) 4203368",
                                "perpustakaan@unisba.ac.id", "https://perpustakaan.unisba.ac.id", "2009-11-10", ACTIVE,
                                "B", 78_000, ""),
                        staff("Euis Komariah", "Kepala Perpustakaan", "euis.komariah@unisba.ac.id", "0812-2150-6637",
                                CONTACT_PERSON),
                        staff("Dadang Hermawan", "Pustakawan Muda", "dadang.h@unisba.ac.id", "0822-4001-7365", NONE)),
                member(library("UINSGD", "Perpustakaan UIN Sunan Gunung Djati Bandung",
                                "Universitas Islam Negeri Sunan Gunung Djati", UNIVERSITY,
                                "Jl. A.H. Nasution No. 105, Cibiru", "Bandung", "(022) 7800525",
                                "perpustakaan@uinsgd.ac.id", "https://digilib.uinsgd.ac.id", "2011-04-18", ACTIVE, "B",
                                110_000, ""),
                        staff("Ahmad Fauzi", "Kepala Pusat Perpustakaan", "ahmad.fauzi@uinsgd.ac.id", "0813-2277-0915",
                                CONTACT_PERSON),
                        staff("Siti Maryam", "Pustakawan Madya", "siti.maryam@uinsgd.ac.id", "0812-8801-4426", NONE),
                        staff("Ujang Saepulloh", "Staf Layanan Sirkulasi", "ujang.s@uinsgd.ac.id", "0857-2299-3108",
                                NONE),
                        staff("Neneng Hasanah", "Staf Layanan Referensi", "neneng.h@uinsgd.ac.id", "0896-1120-4473",
                                NONE)),
                member(library("POLBAN", "Perpustakaan Politeknik Negeri Bandung", "Politeknik Negeri Bandung",
                                POLYTECHNIC, "Jl. Gegerkalong Hilir, Ciwaruga, Parongpong", "Bandung Barat",
                                "(022) 2013789", "perpustakaan@polban.ac.id", "https://perpustakaan.polban.ac.id",
                                "2010-09-01", ACTIVE, "B", 42_500, "Sekretariat forum sejak 2022."),
                        staff("Sri Mulyani Rahayu", "Kepala UPT Perpustakaan", "srimulyani@polban.ac.id",
                                "0812-2334-9051", CONTACT_PERSON),
                        staff("Iwan Kustiawan", "Pustakawan Muda", "iwan.kustiawan@polban.ac.id", "0813-2005-6642",
                                SECRETARY),
                        staff("Rani Oktaviani", "Staf Pengolahan Bahan Pustaka", "rani.oktaviani@polban.ac.id",
                                "0858-7012-3349", NONE)),
                member(library("UNPAK", "Perpustakaan Universitas Pakuan", "Universitas Pakuan", UNIVERSITY,
                                "Jl. Pakuan, Tegallega, Bogor Tengah", "Bogor", "(0251) 8312206",
                                "perpustakaan@unpak.ac.id", "https://perpustakaan.unpak.ac.id", "2012-03-05", ACTIVE,
                                "B", 56_000, ""),
                        staff("Heri Susanto", "Kepala Perpustakaan", "heri.susanto@unpak.ac.id", "0812-8450-1276",
                                CONTACT_PERSON),
                        staff("Yeni Marlina", "Staf Layanan Sirkulasi", "yeni.marlina@unpak.ac.id", "0878-7711-0384",
                                NONE)),
                member(library("IPB", "Perpustakaan IPB University", "Institut Pertanian Bogor", INSTITUTE,
                                "Jl. Raya Dramaga, Kampus IPB Dramaga", "Bogor", "(0251) 8623611",
                                "perpustakaan@apps.ipb.ac.id", "https://lib.ipb.ac.id", "2008-03-12", ACTIVE, "A",
                                210_000, "Menyumbang koleksi tesis dan disertasi ke katalog induk."),
                        staff("Endang Purwanti", "Kepala Perpustakaan", "endang.purwanti@apps.ipb.ac.id",
                                "0811-1120-5587", CONTACT_PERSON),
                        staff("Budi Santoso Wibowo", "Pustakawan Utama", "budi.sw@apps.ipb.ac.id", "0812-9003-4412",
                                NONE),
                        staff("Wulan Sari Utami", "Pustakawan Muda", "wulan.su@apps.ipb.ac.id", "0813-1488-2760", NONE),
                        staff("Taufik Hidayatullah", "Staf Teknologi Informasi", "taufik.h@apps.ipb.ac.id",
                                "0857-1012-9934", NONE),
                        staff("Ratna Juwita", "Staf Layanan Koleksi Deposit", "ratna.juwita@apps.ipb.ac.id",
                                "0821-2270-6158", NONE)),
                member(library("UNSIL", "Perpustakaan Universitas Siliwangi", "Universitas Siliwangi", UNIVERSITY,
                                "Jl. Siliwangi No. 24, Kahuripan", "Tasikmalaya", "(0265) 330634",
                                "perpustakaan@unsil.ac.id", "https://perpustakaan.unsil.ac.id", "2013-08-22", ACTIVE,
                                "B", 48_000, ""),
                        staff("Asep Saepul Rohman", "Kepala Perpustakaan", "asep.sr@unsil.ac.id", "0812-2099-7143",
                                CONTACT_PERSON),
                        staff("Lina Herlina", "Staf Layanan Sirkulasi", "lina.herlina@unsil.ac.id", "0852-2315-6620",
                                NONE)),
                member(library("UNIKU", "Perpustakaan Universitas Kuningan", "Universitas Kuningan", UNIVERSITY,
                                "Jl. Cut Nyak Dhien No. 36A, Cijoho", "Kuningan", "(0232) 874824",
                                "perpustakaan@uniku.ac.id", "https://perpustakaan.uniku.ac.id", "2015-01-14", ACTIVE,
                                "C", 21_000, ""),
                        staff("Ida Farida", "Kepala Perpustakaan", "ida.farida@uniku.ac.id", "0813-2409-8815",
                                CONTACT_PERSON),
                        staff("Rudi Hartono", "Staf Pengolahan Bahan Pustaka", "rudi.hartono@uniku.ac.id",
                                "0853-2011-4479", NONE)),
                member(library("UNSIKA", "Perpustakaan Universitas Singaperbangsa Karawang",
                                "Universitas Singaperbangsa Karawang", UNIVERSITY,
                                "Jl. H.S. Ronggowaluyo, Telukjambe Timur", "Karawang", "(0267) 641177",
                                "perpustakaan@unsika.ac.id", "https://perpustakaan.unsika.ac.id", "2014-06-10", ACTIVE,
                                "B", 35_000, ""),
                        staff("Yusuf Maulana", "Kepala UPT Perpustakaan", "yusuf.maulana@unsika.ac.id",
                                "0812-8190-3326", CONTACT_PERSON),
                        staff("Fitri Handayani", "Pustakawan Pertama", "fitri.handayani@unsika.ac.id",
                                "0813-1177-5091", NONE),
                        staff("Rahmat Hidayat Nugraha", "Staf Layanan Sirkulasi", "rahmat.hn@unsika.ac.id",
                                "0838-9102-6654", NONE)),
                member(library("UGJ", "Perpustakaan Universitas Swadaya Gunung Jati",
                                "Universitas Swadaya Gunung Jati", UNIVERSITY, "Jl. Pemuda No. 32", "Cirebon",
                                "(0231) 206558", "perpustakaan@ugj.ac.id", "https://perpustakaan.ugj.ac.id",
                                "2012-10-03", ACTIVE, "C", 30_000, ""),
                        staff("Nurul Hayati", "Kepala Perpustakaan", "nurul.hayati@ugj.ac.id", "0812-2466-1938",
                                CONTACT_PERSON),
                        staff("Komarudin Syah", "Staf Layanan Sirkulasi", "komarudin.s@ugj.ac.id", "0859-5010-7723",
                                NONE)),
                member(library("POLMAN", "Perpustakaan Politeknik Manufaktur Bandung",
                                "Politeknik Manufaktur Bandung", POLYTECHNIC, "Jl. Kanayakan No. 21, Dago", "Bandung",
                                "(022) 2500241", "perpustakaan@polman-bandung.ac.id",
                                "https://perpustakaan.polman-bandung.ac.id", "2011-07-19", ACTIVE, "C", 18_500, ""),
                        staff("Wawan Setiawan", "Kepala Perpustakaan", "wawan.s@polman-bandung.ac.id",
                                "0812-2170-5563", CONTACT_PERSON),
                        staff("Dian Puspitasari", "Staf Layanan Pemustaka", "dian.p@polman-bandung.ac.id",
                                "0857-2008-1147", NONE)),
                member(library("STIE-PS", "Perpustakaan STIE Pelita Sukabumi", "Sekolah Tinggi Ilmu Ekonomi Pelita",
                                COLLEGE, "Jl. Veteran II No. 20", "Sukabumi", "(0266) 222145",
                                "perpustakaan@stiepelita.ac.id", "https://perpustakaan.stiepelita.ac.id", "2017-02-08",
                                ACTIVE, "C", 6_500, ""),
                        staff("Yanti Rosmiati", "Kepala Perpustakaan", "yanti.rosmiati@stiepelita.ac.id",
                                "0857-9431-2280", CONTACT_PERSON),
                        staff("Hilman Firdaus", "Staf Perpustakaan", "hilman.f@stiepelita.ac.id", "0812-1304-6615",
                                NONE)),
                member(library("STMIK-CG", "Perpustakaan STMIK Cipta Garut",
                                "Sekolah Tinggi Manajemen Informatika dan Komputer Cipta", COLLEGE,
                                "Jl. Cimanuk No. 112, Tarogong Kidul", "Garut", "(0262) 233517",
                                "perpustakaan@stmikcipta.ac.id", "https://stmikcipta.ac.id/perpustakaan", "2018-05-16",
                                ACTIVE, "C", 4_800, ""),
                        staff("Rosita Dewi Lestari", "Kepala Perpustakaan", "rosita.dl@stmikcipta.ac.id",
                                "0823-1650-7049", CONTACT_PERSON),
                        staff("Jajang Nurjaman", "Staf Perpustakaan", "jajang.n@stmikcipta.ac.id", "0813-8024-5531",
                                NONE)),
                member(library("AKT-CMH", "Perpustakaan Akademi Teknik Cimahi", "Akademi Teknik Cimahi", ACADEMY,
                                "Jl. Amir Machmud No. 45", "Cimahi", "(022) 6654321", "perpustakaan@akt-cimahi.ac.id",
                                "https://akt-cimahi.ac.id", "2019-02-05", ACTIVE, "C", 2_100,
                                "Pojok baca sponsor bank: 250 buku dan mebel; wajib satu acara bersama per tahun."),
                        staff("Tati Sumiati", "Kepala Perpustakaan", "tati.sumiati@akt-cimahi.ac.id", "0812-2088-3170",
                                CONTACT_PERSON),
                        staff("Gilang Permana", "Staf Perpustakaan", "gilang.permana@akt-cimahi.ac.id",
                                "0896-2011-8845", NONE)),
                member(library("STT-BKS", "Perpustakaan Sekolah Tinggi Teknologi Bekasi",
                                "Sekolah Tinggi Teknologi Bekasi", COLLEGE, "Jl. Raya Kalimalang No. 8", "Bekasi",
                                "(021) 88957412", "perpustakaan@sttbekasi.ac.id", "https://perpustakaan.sttbekasi.ac.id",
                                "2016-09-12", LEFT, "C", 9_000, "Keluar dari forum per 31/12/2023."),
                        staff("Anita Rahayu", "Kepala Perpustakaan", "anita.rahayu@sttbekasi.ac.id", "0812-9477-0261",
                                CONTACT_PERSON),
                        staff("Bayu Aditya", "Staf Layanan Sirkulasi", "bayu.aditya@sttbekasi.ac.id", "0877-8120-3395",
                                NONE)),
                member(library("ABA-DPK", "Perpustakaan Akademi Bahasa Asing Depok", "Akademi Bahasa Asing Depok",
                                ACADEMY, "Jl. Margonda Raya No. 210, Pondok Cina, Beji", "Depok", "(021) 7763915",
                                "perpustakaan@abadepok.ac.id", "https://abadepok.ac.id", "2024-01-22", SUSPENDED, "C",
                                2_000, "Iuran 2024 belum dibayar; keanggotaan dibekukan sementara."),
                        staff("Indah Permatasari", "Kepala Perpustakaan", "indah.p@abadepok.ac.id", "0812-8866-4102",
                                CONTACT_PERSON),
                        staff("Eko Prasetyo Nugroho", "Staf Perpustakaan", "eko.pn@abadepok.ac.id", "0813-1090-7736",
                                NONE)));
    }

    /**
     * Stores the demo members through {@code service}, skipping codes that are already stored so that loading
     * twice does no harm.
     *
     * @return how many members were stored
     * @throws IllegalStateException when a demo member breaks the rules: a typo in this class, not a user error
     */
    public static int loadInto(MemberService service, Progress progress) {
        return load(members(), service, progress);
    }

    /** The loading itself, for any list: lets a test prove that a broken member stops the load. */
    static int load(List<Member> members, MemberService service, Progress progress) {
        // Check everything first, so a typo stops the load before half the forum is stored.
        for (Member member : members) {
            Validation validation = MemberRules.validate(member);
            if (!validation.isValid()) {
                throw invalid(member, validation);
            }
        }
        int stored = 0;
        for (int i = 0; i < members.size(); i++) {
            progress.checkCancelled();
            Member member = members.get(i);
            if (service.memberByCode(member.library().code()).isEmpty()) {
                SaveResult<Member> outcome = service.save(member);
                if (outcome instanceof SaveResult.Invalid<Member> rejected) {
                    throw invalid(member, rejected.validation());
                }
                stored++;
            }
            progress.update(i + 1, members.size());
        }
        return stored;
    }

    private static IllegalStateException invalid(Member member, Validation validation) {
        return new IllegalStateException("Demo member " + member.library().code() + " is invalid: "
                + validation.errors());
    }

    private static Member member(Library library, StaffMember... staff) {
        return new Member(library, List.of(staff));
    }

    private static Library library(String code, String name, String institution, LibraryKind kind, String address,
                                   String city, String phone, String email, String website, String joined,
                                   MemberStatus status, String duesClass, int titles, String notes) {
        return new Library(null, 0, code, name, institution, kind, address, city, PROVINCE, phone, email, website,
                LocalDate.parse(joined), status, duesClass, DUES.get(duesClass), titles, notes);
    }

    private static StaffMember staff(String name, String position, String email, String phone, ForumRole role) {
        return StaffMember.newStaff(name, position, email, phone, role);
    }
}
