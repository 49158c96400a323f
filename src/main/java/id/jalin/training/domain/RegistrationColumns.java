package id.jalin.training.domain;

import static id.jalin.kernel.importing.CellParsers.oneOf;

import id.jalin.kernel.importing.ImportColumn;
import id.jalin.kernel.importing.ImportSchema;
import java.util.Map;

/**
 * The columns of the registration import (docs/registration-import.md), with the headings a sign-up form's export
 * (Google Forms, Microsoft Forms) writes as aliases. Without a name a row registers nobody, so a file lacking the
 * name column is refused.
 */
final class RegistrationColumns {
    static final ImportColumn<String> NAME = ImportColumn.text("name", "nama")
            .alsoHeaded("full name", "nama lengkap", "nama peserta", "participant").required();
    static final ImportColumn<String> INSTITUTION = ImportColumn.text("institution", "instansi")
            .alsoHeaded("asal instansi", "institusi", "organisation", "organization", "perpustakaan", "library");
    static final ImportColumn<String> EMAIL = ImportColumn.text("email", "surel")
            .alsoHeaded("email address", "e-mail", "alamat email", "alamat surel");
    static final ImportColumn<String> MEMBER_CODE = ImportColumn.text("member_code", "kode_anggota")
            .alsoHeaded("member", "anggota");
    static final ImportColumn<ParticipantRole> ROLE = ImportColumn.of("role", "peran", oneOf(ParticipantRole.class,
            Map.of("peserta", ParticipantRole.PARTICIPANT, "pemateri", ParticipantRole.SPEAKER,
                    "narasumber", ParticipantRole.SPEAKER, "pembicara", ParticipantRole.SPEAKER,
                    "panitia", ParticipantRole.COMMITTEE),
            ParticipantRole.PARTICIPANT, "training.import.role"));
    static final ImportColumn<String> CARD_NUMBER = ImportColumn.text("card_number", "nomor_kartu")
            .alsoHeaded("card", "kartu", "nomor kartu forum");

    static final ImportSchema SCHEMA = ImportSchema.of(NAME, INSTITUTION, EMAIL, MEMBER_CODE, ROLE, CARD_NUMBER);

    /** Which column names each field of a registration, for a rule's reason on an imported row. */
    static final Map<String, ImportColumn<?>> COLUMN_OF_FIELD = Map.of("name", NAME, "institution", INSTITUTION,
            "email", EMAIL, "cardNumber", CARD_NUMBER, "role", ROLE, "person", NAME);

    private RegistrationColumns() {
    }
}
