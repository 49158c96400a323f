package id.jalin.member.domain.csv;

import id.jalin.kernel.i18n.Labels;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns of the member import file. Each has an English and an Indonesian heading because the files
 * come from coordinators who keep their lists in either language; the English one is the canonical name and
 * is what {@link id.jalin.kernel.validation.FieldError#field()} names in import reasons.
 */
@Labels({}) // headings are the columns' own words, in both languages
public enum MemberCsvColumn {
    CODE("code", "kode"),
    NAME("name", "nama"),
    INSTITUTION("institution", "institusi"),
    KIND("kind", "jenis"),
    ADDRESS("address", "alamat"),
    CITY("city", "kota"),
    PROVINCE("province", "provinsi"),
    PHONE("phone", "telepon"),
    EMAIL("email"),
    WEBSITE("website", "situs"),
    JOINED("joined", "bergabung"),
    STATUS("status"),
    DUES_CLASS("dues_class", "kelas_iuran"),
    YEARLY_DUES("yearly_dues", "iuran_tahunan"),
    COLLECTION_TITLES("collection_titles", "jumlah_judul"),
    NOTES("notes", "catatan"),
    STAFF_NAME("staff_name", "nama_staf"),
    STAFF_POSITION("staff_position", "jabatan_staf"),
    STAFF_EMAIL("staff_email", "email_staf"),
    STAFF_PHONE("staff_phone", "telepon_staf"),
    STAFF_ROLE("staff_role", "peran_staf");

    /** Without these two a row cannot even be told apart from the next, so the file is refused. */
    public static final List<MemberCsvColumn> REQUIRED = List.of(CODE, NAME);

    private final List<String> headings;

    MemberCsvColumn(String... headings) {
        this.headings = List.of(headings);
    }

    /** The canonical (English) heading, as written in the documentation. */
    public String heading() {
        return headings.get(0);
    }

    public List<String> headings() {
        return headings;
    }

    public boolean isStaff() {
        return name().startsWith("STAFF_");
    }

    /**
     * The column a heading names. Case, surrounding blanks and the choice of space, hyphen or underscore do not
     * matter ("Yearly dues", "kelas-iuran"), because spreadsheet users type headings by hand.
     */
    public static Optional<MemberCsvColumn> forHeading(String heading) {
        String wanted = normalise(heading);
        for (MemberCsvColumn column : values()) {
            if (column.headings.contains(wanted)) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }

    static String normalise(String text) {
        return text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s\\-]+", "_");
    }
}
