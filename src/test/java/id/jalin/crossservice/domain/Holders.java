package id.jalin.crossservice.domain;

/** Card holder fixtures. */
public final class Holders {
    private Holders() {
    }

    public static CardHolder student(long homeLibraryId, String number, String name) {
        return CardHolder.newHolder(homeLibraryId, number, name, "Ilmu Perpustakaan", HolderKind.STUDENT,
                name.toLowerCase().replace(' ', '.') + "@mail.example.ac.id", "0812-2233-4455");
    }
}
