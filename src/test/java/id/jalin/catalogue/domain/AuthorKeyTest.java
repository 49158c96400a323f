package id.jalin.catalogue.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AuthorKeyTest {
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
            "Liye, Tere|liye",
            "Tere Liye|liye",
            "Manning, Christopher D.|manning",
            "Christopher D. Manning|manning",
            "J.K. Rowling|rowling",
            "Sulistyo-Basuki|sulistyobasuki",
            "Sulistyo-Basuki, editor|sulistyobasuki",
            "Koentjaraningrat|koentjaraningrat",
            "Toer, Pramoedya Ananta, 1925-2006|toer",
            "Pramoedya Ananta Toer, 1925-2006|toer",
            "Budi Santoso, S.H., M.Hum.|santoso",
            "Prof. Dr. H. Ahmad Tafsir, M.A.|tafsir",
            "Schütze, Hinrich|schutze",
            "Jones, M. Tim|jones",
            "M. Tim Jones|jones",
            "Tim Altom|altom",
            "Tim Abdi Guru|tim abdi guru",
            "Van der Berg, Jan|vanderberg",
            "Universitas Padjadjaran. Fakultas Hukum|universitas padjadjaran",
            "Universitas Padjadjaran|universitas padjadjaran",
            "Badan Pusat Statistik|badan pusat statistik",
            "Indonesia. Departemen Pendidikan Nasional|indonesia departemen pendidikan nasional",
            "''|''"})
    void theSurnameOfAHeading(String heading, String key) {
        assertThat(AuthorKey.of(heading)).isEqualTo(key);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
            "oleh Tere Liye|liye",
            "Tere Liye ; penyunting, Andi Wijaya|liye",
            "Christopher D. Manning, Prabhakar Raghavan, Hinrich Schütze|manning",
            "by Christopher D. Manning and Hinrich Schütze|manning",
            "disusun oleh Budi Santoso, S.Kom. ... [et al.]|santoso",
            "penulis, Ahmad Tohari|tohari",
            "Sulistyo-Basuki dan Andi Prastowo|sulistyobasuki",
            "Tim Penyusun Universitas Terbuka|universitas terbuka",
            "''|''"})
    void theFirstPersonOfAStatementOfResponsibility(String statement, String key) {
        assertThat(AuthorKey.fromResponsibility(statement)).isEqualTo(key);
    }

    @Test
    void theStatementIsReadOnlyWhenTheRecordHasNoHeading() {
        CatalogueRecord withHeading = RecordBuilder.titled("Hujan").by("Liye, Tere").responsibility("oleh Darwis")
                .build();
        CatalogueRecord withoutHeading = RecordBuilder.titled("Hujan").responsibility("oleh Tere Liye").build();

        assertThat(AuthorKey.of(withHeading)).isEqualTo("liye");
        assertThat(AuthorKey.of(withoutHeading)).isEqualTo("liye");
    }
}
