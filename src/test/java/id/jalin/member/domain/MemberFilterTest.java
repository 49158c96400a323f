package id.jalin.member.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MemberFilterTest {
    private final Library unpad = MemberRulesTest.library("UNPAD", "Perpustakaan Universitas Padjadjaran", "", "", 0);

    @Test
    void matchesNameCodeAndCityIgnoringCase() {
        assertThat(new MemberFilter("padjadjaran", null).test(unpad)).isTrue();
        assertThat(new MemberFilter("unpad", null).test(unpad)).isTrue();
        assertThat(new MemberFilter("BANDUNG", null).test(unpad)).isTrue();
        assertThat(new MemberFilter("bogor", null).test(unpad)).isFalse();
    }

    @Test
    void statusNarrowsTheMatch() {
        assertThat(new MemberFilter("", MemberStatus.ACTIVE).test(unpad)).isTrue();
        assertThat(new MemberFilter("unpad", MemberStatus.LEFT).test(unpad)).isFalse();
    }

    @Test
    void accentsAreIgnored() {
        Library accented = MemberRulesTest.library("X", "Bibliothèque Café", "", "", 0);
        assertThat(new MemberFilter("bibliotheque", null).test(accented)).isTrue();
    }
}
