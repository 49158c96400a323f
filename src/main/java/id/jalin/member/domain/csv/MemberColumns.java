package id.jalin.member.domain.csv;

import static id.jalin.kernel.importing.CellParsers.date;
import static id.jalin.kernel.importing.CellParsers.money;
import static id.jalin.kernel.importing.CellParsers.oneOf;
import static id.jalin.kernel.importing.CellParsers.wholeNumber;

import id.jalin.kernel.importing.CellParser;
import id.jalin.kernel.importing.ImportColumn;
import id.jalin.kernel.importing.ImportSchema;
import id.jalin.kernel.money.Money;
import id.jalin.member.domain.CatalogueServerKind;
import id.jalin.member.domain.ForumRole;
import id.jalin.member.domain.LibraryKind;
import id.jalin.member.domain.MemberStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The columns of the member import file (docs/csv-member-import.md), each with its English and Indonesian heading
 * and how its cells are read. Without code and name a row cannot even be told apart from the next, so a file
 * lacking either is refused.
 */
final class MemberColumns {
    static final ImportColumn<String> CODE = ImportColumn.text("code", "kode").required();
    static final ImportColumn<String> NAME = ImportColumn.text("name", "nama").required();
    static final ImportColumn<String> INSTITUTION = ImportColumn.text("institution", "institusi");
    static final ImportColumn<LibraryKind> KIND = ImportColumn.of("kind", "jenis", oneOf(LibraryKind.class, Map.of(
            "universitas", LibraryKind.UNIVERSITY,
            "institut", LibraryKind.INSTITUTE,
            "politeknik", LibraryKind.POLYTECHNIC,
            "akademi", LibraryKind.ACADEMY,
            "sekolah tinggi", LibraryKind.COLLEGE), null, "member.import.error.kind"));
    static final ImportColumn<String> ADDRESS = ImportColumn.text("address", "alamat");
    static final ImportColumn<String> CITY = ImportColumn.text("city", "kota");
    static final ImportColumn<String> PROVINCE = ImportColumn.text("province", "provinsi");
    static final ImportColumn<String> PHONE = ImportColumn.text("phone", "telepon");
    static final ImportColumn<String> EMAIL = ImportColumn.text("email", "email");
    static final ImportColumn<String> WEBSITE = ImportColumn.text("website", "situs");
    static final ImportColumn<LocalDate> JOINED = ImportColumn.of("joined", "bergabung", date());
    static final ImportColumn<MemberStatus> STATUS = ImportColumn.of("status", "status", oneOf(MemberStatus.class,
            Map.of("aktif", MemberStatus.ACTIVE, "dibekukan", MemberStatus.SUSPENDED, "keluar", MemberStatus.LEFT),
            MemberStatus.ACTIVE, "member.import.error.status"));
    static final ImportColumn<String> DUES_CLASS = ImportColumn.text("dues_class", "kelas_iuran");
    static final ImportColumn<Money> YEARLY_DUES = ImportColumn.of("yearly_dues", "iuran_tahunan", money());
    static final ImportColumn<Integer> COLLECTION_TITLES =
            ImportColumn.of("collection_titles", "jumlah_judul", wholeNumber());
    static final ImportColumn<String> NOTES = ImportColumn.text("notes", "catatan");
    static final ImportColumn<String> CATALOGUE_URL = ImportColumn.text("catalogue_url", "alamat_katalog");
    static final ImportColumn<CatalogueServerKind> CATALOGUE_KIND = ImportColumn.of("catalogue_kind", "jenis_katalog",
            catalogueKind());
    static final ImportColumn<String> STAFF_NAME = ImportColumn.text("staff_name", "nama_staf");
    static final ImportColumn<String> STAFF_POSITION = ImportColumn.text("staff_position", "jabatan_staf");
    static final ImportColumn<String> STAFF_EMAIL = ImportColumn.text("staff_email", "email_staf");
    static final ImportColumn<String> STAFF_PHONE = ImportColumn.text("staff_phone", "telepon_staf");
    static final ImportColumn<ForumRole> STAFF_ROLE = ImportColumn.of("staff_role", "peran_staf",
            oneOf(ForumRole.class, Map.of(
                    "contact", ForumRole.CONTACT_PERSON,
                    "narahubung", ForumRole.CONTACT_PERSON,
                    "koordinator", ForumRole.COORDINATOR,
                    "sekretaris", ForumRole.SECRETARY,
                    "tidak ada", ForumRole.NONE), ForumRole.NONE, "member.import.error.role"));

    static final List<ImportColumn<?>> STAFF =
            List.of(STAFF_NAME, STAFF_POSITION, STAFF_EMAIL, STAFF_PHONE, STAFF_ROLE);

    static final ImportSchema SCHEMA = ImportSchema.of(CODE, NAME, INSTITUTION, KIND, ADDRESS, CITY, PROVINCE, PHONE,
            EMAIL, WEBSITE, JOINED, STATUS, DUES_CLASS, YEARLY_DUES, COLLECTION_TITLES, NOTES, CATALOGUE_URL,
            CATALOGUE_KIND, STAFF_NAME,
            STAFF_POSITION, STAFF_EMAIL, STAFF_PHONE, STAFF_ROLE);

    private MemberColumns() {
    }

    /**
     * A catalogue server by its constant ({@code KOHA}, {@code other_oai_pmh}), a short word, or the label the form
     * shows in either language ("Koha (OAI-PMH)", "Repositori DSpace (OAI-PMH)"): the part in brackets is dropped.
     */
    private static CellParser<CatalogueServerKind> catalogueKind() {
        CellParser<CatalogueServerKind> words = oneOf(CatalogueServerKind.class, Map.of(
                "eprints repository", CatalogueServerKind.EPRINTS,
                "repositori eprints", CatalogueServerKind.EPRINTS,
                "dspace repository", CatalogueServerKind.DSPACE,
                "repositori dspace", CatalogueServerKind.DSPACE,
                "oai-pmh", CatalogueServerKind.OTHER_OAI_PMH,
                "other oai-pmh", CatalogueServerKind.OTHER_OAI_PMH,
                "other oai-pmh server", CatalogueServerKind.OTHER_OAI_PMH,
                "oai-pmh lain", CatalogueServerKind.OTHER_OAI_PMH,
                "server oai-pmh lain", CatalogueServerKind.OTHER_OAI_PMH), null,
                "member.catalogue.import.error.kind");
        return text -> words.parse(text.replaceFirst("\\s*\\([^)]*\\)\\s*$", ""));
    }
}
