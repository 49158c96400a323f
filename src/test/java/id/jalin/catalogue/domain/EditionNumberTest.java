package id.jalin.catalogue.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EditionNumberTest {
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
            "''|1",
            "Cet. 2|1",
            "cetakan ke-2|1",
            "Cetakan kedua|1",
            "Cet. II|1",
            "2nd printing|1",
            "Reprint|1",
            "Dicetak ulang, 2015|1",
            "250 hlm.|1",
            "xii, 300 p.|1",
            "Ed. 1|1",
            "Edisi pertama|1",
            "First edition|1",
            "Edisi Indonesia|1",
            "International edition|1"})
    void reprintsAndFirstEditionsAreEditionOne(String statement, String number) {
        assertThat(EditionNumber.of(statement)).isEqualTo(number);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
            "Ed. 2|2",
            "Edisi 2|2",
            "Edisi kedua|2",
            "Edisi ke-2|2",
            "edisi ke 3|3",
            "Ed. II|2",
            "2nd ed.|2",
            "2 ed.|2",
            "Second edition|2",
            "3rd rev. ed.|3",
            "Edisi ketiga, cetakan ke-5|3",
            "Cet. 4, Ed. 2|2",
            "Edisi kesepuluh|10",
            "Tenth edition|10",
            "Edisi revisi|rev",
            "Ed. rev.|rev",
            "Revised edition|rev",
            "Edisi baru|rev",
            "New ed.|rev",
            "Edisi 2 revisi|2",
            "2|2",
            "II|2",
            "kedua|2"})
    void newEditionsAreTheirNumber(String statement, String number) {
        assertThat(EditionNumber.of(statement)).isEqualTo(number);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
            "Jilid 2|1 v2",
            "Edisi 3, jilid II|3 v2",
            "Cet. 2, vol. 1|1 v1"})
    void aVolumeInTheEditionFieldIsKeptAfterTheEdition(String statement, String number) {
        assertThat(EditionNumber.of(statement)).isEqualTo(number);
    }
}
