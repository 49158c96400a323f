package id.jalin.kernel.files;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ImageKindTest {
    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }

    @Test
    void tellsImagesByTheirFirstBytes() {
        assertThat(ImageKind.of(bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0))).contains(ImageKind.PNG);
        assertThat(ImageKind.of(bytes(0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10))).contains(ImageKind.JPEG);
        assertThat(ImageKind.of(bytes('I', 'I', 0x2A, 0, 8))).get().extracting(ImageKind::mediaType)
                .isEqualTo("image/tiff");
        assertThat(ImageKind.of(bytes('M', 'M', 0, 0x2A, 8))).get().extracting(ImageKind::mediaType)
                .isEqualTo("image/tiff");
    }

    @Test
    void refusesOtherFilesShortOnesAndNothing() {
        assertThat(ImageKind.of(bytes('%', 'P', 'D', 'F', '-', '1'))).isEmpty();
        assertThat(ImageKind.of(bytes(0x89, 'P', 'N', 'G'))).as("a PNG signature cut short").isEmpty();
        assertThat(ImageKind.of(bytes(0xFF, 0xD8))).isEmpty();
        assertThat(ImageKind.of(new byte[0])).isEmpty();
        assertThat(ImageKind.of(null)).isEmpty();
    }

    @Test
    void onlyPngAndJpegCanBeDrawn() {
        assertThat(ImageKind.drawable(bytes(0xFF, 0xD8, 0xFF, 0xE1))).contains(ImageKind.JPEG);
        assertThat(ImageKind.drawable(bytes('I', 'I', 0x2A, 0, 8))).isEmpty();
        assertThat(ImageKind.JPEG.mediaType()).isEqualTo("image/jpeg");
        assertThat(ImageKind.PNG.mediaType()).isEqualTo("image/png");
    }
}
