package id.jalin.kernel.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TextWrapperTest {
    private static final TextStyle STYLE = TextStyle.regular(10);

    private PDDocument document;
    private PdfFonts fonts;
    private TextWrapper wrapper;

    @BeforeEach
    void embedFonts() throws IOException {
        document = new PDDocument();
        fonts = PdfFonts.embedIn(document);
        wrapper = new TextWrapper(fonts);
    }

    @AfterEach
    void close() throws IOException {
        document.close();
    }

    @Test
    void everyLineFitsAndTheWordsStayInOrder() {
        String text = AgreementSample.indonesian(6);
        List<String> lines = wrapper.wrap(text, STYLE, 200);

        assertThat(lines).hasSizeGreaterThan(5)
                .allSatisfy(line -> assertThat(fonts.width(line, STYLE)).isLessThanOrEqualTo(200));
        assertThat(String.join("\n", lines).replace("-\n", "-").split("\\s+")).containsExactly(text.split("\\s+"));
    }

    @Test
    void doubledWordMayBreakAfterItsHyphen() {
        TextStyle style = TextStyle.regular(10);
        float width = fonts.width("Peraturan perundang-", style) + 1;
        assertThat(wrapper.wrap("Peraturan perundang-undangan berlaku", style, width))
                .containsExactly("Peraturan perundang-", "undangan berlaku");
    }

    @Test
    void lineBreaksAndBlankLinesInTheTextAreKept() {
        assertThat(wrapper.wrap("Pasal 1\n\nAyat (1)", STYLE, 300)).containsExactly("Pasal 1", "", "Ayat (1)");
    }

    @Test
    void wordLongerThanTheWidthIsBrokenBetweenCharacters() {
        String url = "https://repository.unpad.ac.id/perjanjian/kerja-sama/2025/017-fppti-jabar.pdf";
        List<String> lines = wrapper.wrap("Lihat " + url, STYLE, 120);

        assertThat(lines).hasSizeGreaterThan(2)
                .allSatisfy(line -> assertThat(fonts.width(line, STYLE)).isLessThanOrEqualTo(120));
        assertThat(String.join("", lines)).isEqualTo("Lihat" + url);
    }

    @Test
    void charactersWithoutAGlyphAreReplacedAndControlCharactersDropped() {
        assertThat(wrapper.wrap("Tan\u0007 漢\tAğaoğlu", STYLE, 300)).containsExactly("Tan ? Ağaoğlu");
    }

    @Test
    void emptyTextIsOneEmptyLine() {
        assertThat(wrapper.wrap("", STYLE, 100)).containsExactly("");
    }
}
