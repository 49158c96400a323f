package id.jalin.catalogue.harvest;

import static org.assertj.core.api.Assertions.assertThat;

import id.jalin.catalogue.domain.MaterialKind;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MaterialKindsTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Skripsi|THESIS",
        "Tesis S2|THESIS",
        "Disertasi|THESIS",
        "Thesis; NonPeerReviewed|THESIS",
        "Laporan Penelitian|RESEARCH_REPORT",
        "Technical Report|RESEARCH_REPORT",
        "Jurnal|SERIAL",
        "Article|SERIAL",
        "Book|BOOK",
        "Buku Teks|BOOK",
        "Conference or Workshop Item|OTHER",
        "Video|OTHER"})
    void theWordsRepositoriesAndCataloguesUseGiveTheKind(String words, MaterialKind kind) {
        assertThat(MaterialKinds.of(List.of(words.split(";")), MaterialKind.BOOK)).isEqualTo(kind);
    }

    @ParameterizedTest
    @CsvSource({"BOOK", "OTHER"})
    void noWordsAtAllGiveWhatTheSourceUsuallyHolds(MaterialKind usual) {
        assertThat(MaterialKinds.of(List.of("", " "), usual)).isEqualTo(usual);
    }
}
