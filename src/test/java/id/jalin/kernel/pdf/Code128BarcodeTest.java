package id.jalin.kernel.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class Code128BarcodeTest {

    @Test
    void theSymbolIsFramedByTenBlankModulesOnEachSide() {
        Code128Barcode barcode = Code128Barcode.of("PAP-2026-000123");

        List<Code128Barcode.Bar> bars = barcode.bars();

        assertThat(bars.get(0).start()).isEqualTo(Code128Barcode.QUIET_ZONE_MODULES);
        Code128Barcode.Bar last = bars.get(bars.size() - 1);
        assertThat(barcode.totalModules() - (last.start() + last.width())).isEqualTo(Code128Barcode.QUIET_ZONE_MODULES);
    }

    @Test
    void aShortNumberInAWideAreaGetsBarsNoWiderThanTheMaximum() {
        Code128Barcode barcode = Code128Barcode.of("PAP-2026-000123");

        float module = BarcodePainter.moduleWidth(barcode, Units.mm(180));

        assertThat(Units.toMm(module)).isCloseTo(BarcodePainter.MAX_MODULE_MM, Offset.offset(1e-6));
    }

    @Test
    void anAreaTooNarrowForQuarterMillimetreBarsIsRefusedWithTheNumberAndTheRoom() {
        Code128Barcode barcode = Code128Barcode.of("PAP-2026-000123");

        assertThatThrownBy(() -> BarcodePainter.moduleWidth(barcode, Units.mm(20)))
                .isInstanceOf(BarcodeDoesNotFitException.class)
                .hasMessageContaining("PAP-2026-000123")
                .hasMessageContaining("20.0 mm");
    }

    @Test
    void aValueCode128CannotCarryIsRefused() {
        assertThatThrownBy(() -> Code128Barcode.of("Nomor \u00e9"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Code 128");
    }
}
