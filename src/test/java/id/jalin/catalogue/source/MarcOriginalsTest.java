package id.jalin.catalogue.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.marc4j.MarcPermissiveStreamReader;
import org.marc4j.MarcStreamWriter;
import org.marc4j.marc.Record;

class MarcOriginalsTest {
    @ParameterizedTest
    @ValueSource(strings = {"brkrtest.mrc", "brkrtest_UTF8.mrc", "chabon.mrc", "sample1.mrc", "bad_leaders_10_11.mrc",
            "bad-characters-in-various-fields.mrc"})
    void writesTheSameBytesAsMarc4j(String file) {
        MarcPermissiveStreamReader reader = new MarcPermissiveStreamReader(TestFiles.open(file), true, true);
        int records = 0;
        while (reader.hasNext()) {
            Record marc = reader.next();
            marc.getLeader().setCharCodingScheme('a');
            ByteArrayOutputStream expected = new ByteArrayOutputStream();
            MarcStreamWriter writer = new MarcStreamWriter(expected, StandardCharsets.UTF_8.name());
            writer.write(marc);
            writer.close();

            assertThat(MarcOriginals.iso2709(marc)).as(file + " record " + records).isEqualTo(expected.toByteArray());
            records++;
        }
        assertThat(records).isPositive();
    }
}
