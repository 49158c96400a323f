package id.jalin.catalogue.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShownTitleTest {
    @Test
    void aTitleInCapitalsGivesWayToTheSameWordsWrittenPlainly() {
        assertThat(ShownTitle.of("JURNAL ILMIAH STATISTIKA TERAPAN", List.of("JURNAL ILMIAH STATISTIKA TERAPAN",
                "Jurnal Ilmiah Statistika Terapan", "Jurnal ilmiah statistika terapan")))
                .isEqualTo("Jurnal Ilmiah Statistika Terapan");
    }

    @Test
    void aTitleProperInCapitalsGivesWayEvenWhenItsSubtitleIsWrittenPlainly() {
        assertThat(ShownTitle.of("TINJAUAN KRITIS STATISTIKA TERAPAN : teori dan praktik", List.of(
                "TINJAUAN KRITIS STATISTIKA TERAPAN : teori dan praktik",
                "Tinjauan kritis statistika terapan : teori dan praktik")))
                .isEqualTo("Tinjauan kritis statistika terapan : teori dan praktik");
        // a plain title proper with a subtitle in capitals is left as it is
        assertThat(ShownTitle.of("Tinjauan kritis : TEORI DAN PRAKTIK", List.of("Tinjauan kritis : teori dan praktik")))
                .isEqualTo("Tinjauan kritis : TEORI DAN PRAKTIK");
    }

    @Test
    void aTitleClosedWithIsbdPunctuationGivesWayToTheSameWordsWithout() {
        assertThat(ShownTitle.of("Jurnal Statistika Terapan /", List.of("Jurnal Statistika Terapan /",
                "JURNAL STATISTIKA TERAPAN", "Jurnal Statistika Terapan"))).isEqualTo("Jurnal Statistika Terapan");
        assertThat(ShownTitle.of("Laskar pelangi : sebuah novel ;", List.of("Laskar pelangi : sebuah novel")))
                .isEqualTo("Laskar pelangi : sebuah novel");
    }

    @Test
    void staysAsTheFirstMemberWroteItWhenNobodyWroteItPlainlyOrItIsPlainAlready() {
        assertThat(ShownTitle.of("SEJARAH INDONESIA MODERN", List.of("SEJARAH INDONESIA MODERN",
                "Sejarah Indonesia modern /"))).isEqualTo("SEJARAH INDONESIA MODERN");
        assertThat(ShownTitle.of("Sejarah Indonesia modern", List.of("Sejarah Indonesia Modern")))
                .isEqualTo("Sejarah Indonesia modern");
        // another wording is another title, however close
        assertThat(ShownTitle.of("PENGANTAR EKONOMI", List.of("Pengantar ilmu ekonomi")))
                .isEqualTo("PENGANTAR EKONOMI");
        // numbers and signs alone are not capitals
        assertThat(ShownTitle.of("1984", List.of("1984 /"))).isEqualTo("1984");
        assertThat(ShownTitle.of("C++", List.of("c++"))).isEqualTo("C++");
    }
}
