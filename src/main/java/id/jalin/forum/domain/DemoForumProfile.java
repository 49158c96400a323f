package id.jalin.forum.domain;

import id.jalin.kernel.validation.SaveResult;

/**
 * The invented forum the demo data belongs to. It names itself a demo, so a printout made while exploring is never
 * mistaken for a real forum's, and uses addresses under example.org.
 */
public final class DemoForumProfile {
    public static final String NAME = "Forum Perpustakaan Perguruan Tinggi Jawa Barat (Contoh)";
    public static final String CODE = "FPPT-JABAR";
    public static final String SIGNATORY = "Dr. Ratna Dewi Kusumawati, S.Sos., M.Hum.";

    private DemoForumProfile() {
    }

    /** Gives an unnamed forum the demo forum's profile; a forum that already has a name keeps it. */
    public static void fillIfUnnamed(ForumProfileService forum) {
        ForumProfile current = forum.profile();
        if (current.isNamed()) {
            return;
        }
        ForumProfile demo = new ForumProfile(current.version(), NAME, CODE, "Sekretariat: Jl. Contoh Raya No. 1",
                "Bandung", "(022) 0000000", "sekretariat@forum-contoh.example.org", "https://forum-contoh.example.org",
                current.logo(), current.expiryWarningDays(), new Signatory(SIGNATORY, "Ketua", null));
        if (forum.save(demo) instanceof SaveResult.Invalid<ForumProfile> invalid) {
            throw new IllegalStateException("The demo forum profile breaks the rules: " + invalid.validation());
        }
    }
}
