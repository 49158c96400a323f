package id.jalin.crossservice.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.jalin.kernel.pdf.BarcodeDoesNotFitException;
import id.jalin.kernel.pdf.BarcodePainter;
import id.jalin.kernel.pdf.Code128Barcode;
import id.jalin.kernel.pdf.Units;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CardBarcodeTest {

    @ParameterizedTest
    @ValueSource(floats = {300, 150})
    void theBarcodeOnACardPageReadsBackAsTheCardNumber(float dpi) throws IOException {
        byte[] pdf = Pdfs.cr80(List.of(CardSamples.card("Ahmad Fauzi", "JB-2025-00042", null)));

        BufferedImage front = Pdfs.render(pdf, 0, dpi);

        assertThat(Pdfs.barcodes(front)).containsExactly("JB-2025-00042");
    }

    @Test
    void everyCardOnAnA4SheetReadsBack() throws IOException {
        List<CardFace> cards = CardSamples.cards(10);
        byte[] pdf = Pdfs.sheets(cards, CardSheetSettings.NONE);

        List<String> read = Pdfs.barcodes(Pdfs.render(pdf, 0, 300));

        assertThat(read).containsExactlyInAnyOrderElementsOf(cards.stream().map(CardFace::number).toList());
    }

    @Test
    void barsAreAtLeastAQuarterMillimetreWithTenModuleQuietZonesInsideTheCard() {
        Code128Barcode barcode = Code128Barcode.of("JB20250042");
        float area = Units.mm(CardGeometry.WIDTH_MM - 2 * CardGeometry.SAFE_MM);

        float module = BarcodePainter.moduleWidth(barcode, area);

        assertThat(Units.toMm(module)).isBetween(BarcodePainter.MIN_MODULE_MM, BarcodePainter.MAX_MODULE_MM + 1e-6);
        List<Code128Barcode.Bar> bars = barcode.bars();
        assertThat(bars.get(0).start()).isEqualTo(Code128Barcode.QUIET_ZONE_MODULES);
        Code128Barcode.Bar last = bars.get(bars.size() - 1);
        assertThat(barcode.totalModules() - (last.start() + last.width()))
                .isEqualTo(Code128Barcode.QUIET_ZONE_MODULES);
        assertThat(module * barcode.totalModules()).isLessThanOrEqualTo(area);
    }

    @Test
    void aNumberTooLongForQuarterMillimetreBarsIsRefusedNotShrunk() {
        String tooLong = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdef";

        assertThatThrownBy(() -> Pdfs.cr80(List.of(CardSamples.card("Ahmad Fauzi", tooLong, null))))
                .isInstanceOf(BarcodeDoesNotFitException.class)
                .hasMessageContaining(tooLong)
                .hasMessageContaining("0.25 mm");
    }
}
