package id.jalin.catalogue.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IsbnTest {
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
            "1930110995|9781930110991",
            "978-1-930110-99-1|9781930110991",
            "978 1 930110 99 1|9781930110991",
            "ISBN 978-602-03-3295-6 (pbk.)|9786020332956",
            "979-10-90636-07-1|9791090636071",
            "0-8044-2957-X|9780804429573",
            "080442957x (hbk)|9780804429573",
            "9786024246945 : Rp 85.000|9786024246945"})
    void writtenFormsOfOneIsbnMeetAsThirteenDigitsWithAValidCheckDigit(String written, String digits) {
        assertThat(Isbn.read(written)).hasValueSatisfying(isbn -> {
            assertThat(isbn.digits()).isEqualTo(digits);
            assertThat(isbn.checkDigitValid()).isTrue();
        });
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
            "1930110996|9781930110991",
            "978-1-930110-99-2|9781930110992",
            "0-8044-2957-1|9780804429573"})
    void aWrongCheckDigitIsKeptButFlagged(String written, String digits) {
        assertThat(Isbn.read(written)).hasValueSatisfying(isbn -> {
            assertThat(isbn.digits()).isEqualTo(digits);
            assertThat(isbn.checkDigitValid()).isFalse();
        });
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"", "tanpa ISBN", "123456789", "12345678901", "2021", "0126-3188",
            "1234567890123", "Cet. 2, 2019, 250 hlm."})
    void textWithoutAnIsbnGivesNone(String written) {
        assertThat(Isbn.read(written)).isEmpty();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
            "(pbk.) 9781930110991 ; 1930110995|9781930110991",
            "0000000000 9786020332956|9780000000002"})
    void theFirstIsbnWrittenIsRead(String written, String digits) {
        assertThat(Isbn.read(written)).map(Isbn::digits).contains(digits);
    }
}
