package id.jalin.catalogue.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IssnTest {
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
            "0126-3188|01263188|true",
            "ISSN 0317-8471|03178471|true",
            "2434-561x (online)|2434561X|true",
            "1050 124X|1050124X|true",
            "0126-3189|01263189|false"})
    void writtenFormsAreReadWithTheirCheckCharacterVerified(String written, String characters, boolean valid) {
        assertThat(Issn.read(written)).hasValueSatisfying(issn -> {
            assertThat(issn.characters()).isEqualTo(characters);
            assertThat(issn.checkValid()).isEqualTo(valid);
        });
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"", "tanpa ISSN", "978-1-930110-99-1", "2019", "012-63188"})
    void textWithoutAnIssnGivesNone(String written) {
        assertThat(Issn.read(written)).isEmpty();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"0126-3188"})
    void isPrintedWithItsHyphen(String written) {
        assertThat(Issn.read(written)).map(Issn::written).contains("0126-3188");
    }
}
