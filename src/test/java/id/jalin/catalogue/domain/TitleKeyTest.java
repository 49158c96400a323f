package id.jalin.catalogue.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TitleKeyTest {
    @ParameterizedTest(name = "[{index}] {0} : {1}")
    @CsvSource(delimiter = '|', value = {
            "Pengantar Ilmu Perpustakaan||pengantar ilmu perpustakaan",
            "PENGANTAR ILMU PERPUSTAKAAN /||pengantar ilmu perpustakaan",
            "Pengantar ilmu perpustakaan :|teori dan praktik|pengantar ilmu perpustakaan teori praktik",
            "The Art of Computer Programming||art of computer programming",
            "A Brief History of Time||brief history of time",
            "An introduction to information retrieval||introduction to information retrieval",
            "Café Müller : Ästhetik||cafe muller asthetik",
            "Al-Qur'an dan terjemahnya||al quran terjemahnya",
            "Hukum & masyarakat||hukum masyarakat",
            "Hukum dan Masyarakat||hukum masyarakat",
            "Law and society||law society",
            "Si Kabayan||si kabayan",
            "Sang pemimpi||sang pemimpi",
            "Para priyayi : sebuah novel||para priyayi sebuah novel",
            "Kalkulus jilid II||kalkulus jilid 2",
            "Kalkulus, Jilid 2||kalkulus jilid 2",
            "Matematika vol. III||matematika vol 3",
            "Rekayasa perangkat lunak (buku satu)||rekayasa perangkat lunak buku 1",
            "The||the",
            "Dan||dan",
            "' : /'||''"})
    void foldsTheTitleAndDropsWhatCataloguersFilePast(String title, String subtitle, String key) {
        assertThat(TitleKey.of(title, subtitle == null ? "" : subtitle)).isEqualTo(key);
    }
}
