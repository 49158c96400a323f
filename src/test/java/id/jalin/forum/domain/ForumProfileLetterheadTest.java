package id.jalin.forum.domain;

import static org.assertj.core.api.Assertions.assertThat;

import id.jalin.kernel.pdf.LetterheadData;
import org.junit.jupiter.api.Test;

/** The letterhead every forum document prints, from the forum's profile. */
class ForumProfileLetterheadTest {

    @Test
    void nameThenAddressLineThenContactsLeavingOutWhatIsEmpty() {
        ForumProfile forum = new ForumProfile(1, "FPPTI Jawa Barat", "FPPTI-JABAR", "Jl. Ganesa 10", "Bandung",
                "022 2500089", "", "fppti-jabar.or.id", null, 90);

        LetterheadData letterhead = forum.letterhead();

        assertThat(letterhead.name()).isEqualTo("FPPTI Jawa Barat");
        assertThat(letterhead.addressLines()).containsExactly("Jl. Ganesa 10, Bandung",
                "022 2500089 \u2022 fppti-jabar.or.id");
        assertThat(letterhead.hasLogo()).isFalse();
    }

    @Test
    void aProfileWithoutAddressOrContactsPrintsOnlyItsNameAndLogo() {
        byte[] logo = {(byte) 0x89, 'P', 'N', 'G'};
        ForumProfile forum = new ForumProfile(1, "FPPTI Jawa Barat", "FPPTI-JABAR", "", "", "", "", "", logo, 90);

        LetterheadData letterhead = forum.letterhead();

        assertThat(letterhead.addressLines()).isEmpty();
        assertThat(letterhead.logo()).containsExactly(logo);
    }
}
