package id.jalin.crossservice.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The start-of-year run: 2,000 cards, each with its own photo of 200 KB to 2 MB, printed in a child JVM limited
 * to a 512 MB heap. Held in memory at once, those photos would need well over a gigabyte.
 */
class ThousandsOfCardsHeapTest {
    private static final int CARDS = 2000;

    @Test
    void twoThousandCardsWithPhotosPrintInA512MegabyteHeap(@TempDir Path folder) throws Exception {
        long photoBytes = photos(folder);
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-Djava.awt.headless=true", "-Djava.io.tmpdir=" + folder,
                "-cp", System.getProperty("java.class.path"), ManyCardsPrinter.class.getName(),
                folder.toString(), String.valueOf(CARDS))
                .redirectErrorStream(true).redirectOutput(folder.resolve("child.log").toFile()).start();
        boolean finished = child.waitFor(150, TimeUnit.SECONDS);
        if (!finished) {
            child.destroyForcibly();
        }
        String log = Files.readString(folder.resolve("child.log"));

        assertThat(finished).as("finished within 150 s").isTrue();
        assertThat(child.exitValue()).as(log).isZero();
        assertThat(log).contains("max heap");
        // every card's own photo is in the document, which is larger than the heap the child had
        long written = Long.parseLong(log.replaceAll("(?s).*pdf bytes (\\d+).*", "$1"));
        assertThat(written).isGreaterThan(photoBytes * (CARDS / 20)).isGreaterThan(512L * 1024 * 1024);
    }

    /** Twenty JPEG portraits, most of about 220 KB and two of about 1.7 MB; returns their total size. */
    private static long photos(Path folder) throws IOException {
        Random random = new Random(42);
        long total = 0;
        for (int i = 0; i < 20; i++) {
            boolean large = i % 10 == 9;
            // few pixels but much grain: large files that are quick to decode, so the test stays short
            int width = large ? 1200 : 440;
            int height = large ? 1600 : 560;
            BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            g.setColor(new Color(0x40 + i * 7, 0x70, 0xa0));
            g.fillRect(0, 0, width, height);
            g.dispose();
            // grain, as in a scanned photo: it is what makes real portraits large as JPEG
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    image.setRGB(x, y, random.nextInt(0xFFFFFF));
                }
            }
            Path file = folder.resolve(String.format("photo%02d.jpg", i));
            write(image, file, 0.9f);
            total += Files.size(file);
        }
        List<Long> sizes = new ArrayList<>();
        try (var files = Files.list(folder)) {
            files.forEach(f -> sizes.add(f.toFile().length()));
        }
        assertThat(sizes).allMatch(size -> size >= 200_000 && size <= 2 * 1024 * 1024);
        return total;
    }

    private static void write(BufferedImage image, Path file, float quality) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(quality);
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
    }
}
