package id.jalin.catalogue.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClusterKeysTest {
    @Test
    void identifiersAreTheValidIsbnsAsThirteenDigitsAndTheValidIssns() {
        MatchKeys keys = RecordBuilder.titled("Jurnal").isbn("1930110995").isbn("978-1-930110-99-2")
                .isbn("978-1-930110-99-1").issn("ISSN 2301-6434").issn("2301-6435").keys();

        // the wrong check digit and the wrong ISSN check are kept in the record but never matched on
        assertThat(keys.identifiers()).containsExactly("isbn:9781930110991", "issn:23016434");
    }

    @Test
    void exactKeyIsTitleSurnameYearAndEditionAndBlockKeyLeavesTheTitleOut() {
        MatchKeys keys = RecordBuilder.titled("Pengantar ilmu perpustakaan /").by("Sulistyo-Basuki").year(1991)
                .edition("Cet. 2").keys();

        assertThat(keys.titleKey()).isEqualTo("pengantar ilmu perpustakaan");
        assertThat(keys.exactKey()).isEqualTo("pengantar ilmu perpustakaan|sulistyobasuki|1991|1");
        assertThat(keys.blockKey()).isEqualTo("sulistyobasuki|1991|1");
    }

    @Test
    void aNewEditionHasAnotherExactKeyButAReprintTheSame() {
        RecordBuilder base = RecordBuilder.titled("Manajemen sumber daya manusia").by("Hasibuan, Malayu S.P.")
                .year(2016);

        String first = base.edition("").keys().exactKey();
        String reprint = base.edition("Cetakan kedua").keys().exactKey();
        String second = base.edition("Edisi revisi").keys().exactKey();

        assertThat(reprint).isEqualTo(first);
        assertThat(second).isNotEqualTo(first).endsWith("|rev");
    }

    @Test
    void withoutAuthorOrYearThereIsNoBlockKeyButStillAnExactKey() {
        MatchKeys noYear = RecordBuilder.titled("Statistik deskriptif").by("Sudjana").keys();
        MatchKeys noAuthor = RecordBuilder.titled("Statistik deskriptif").year(2005).keys();

        assertThat(noYear.blockKey()).isEmpty();
        assertThat(noYear.exactKey()).isEqualTo("statistik deskriptif|sudjana||1");
        assertThat(noAuthor.blockKey()).isEmpty();
        assertThat(noAuthor.exactKey()).isEqualTo("statistik deskriptif||2005|1");
    }

    @Test
    void aRecordWithoutTitleHasNoTitleOrExactKey() {
        MatchKeys keys = RecordBuilder.titled("").by("Liye, Tere").year(2016).keys();

        assertThat(keys.titleKey()).isEmpty();
        assertThat(keys.exactKey()).isEmpty();
        assertThat(keys.blockKey()).isEqualTo("liye|2016|1");
    }
}
