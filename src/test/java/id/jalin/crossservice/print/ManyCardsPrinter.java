package id.jalin.crossservice.print;

import id.jalin.kernel.task.Progress;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Stream;

/**
 * Run in a child JVM with a small heap by {@link ThousandsOfCardsHeapTest}: prints {@code count} cards on A4 sheets,
 * each with its own photo read from the folder only when its card is drawn, as the card screen's batches do.
 * Each photo is made distinct with a JPEG comment naming the card, so none is embedded only once.
 * Arguments: photo folder, number of cards. Prints the size of the document it wrote.
 */
public final class ManyCardsPrinter {
    private ManyCardsPrinter() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        List<Path> photos;
        try (Stream<Path> files = Files.list(folder)) {
            photos = files.filter(p -> p.toString().endsWith(".jpg")).sorted().toList();
        }
        Iterator<CardFace> faces = new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < count;
            }

            @Override
            public CardFace next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                int i = next++;
                return new CardFace("Pemegang Kartu " + i, String.format("2603%06d", i),
                        "Perpustakaan Universitas Pendidikan Indonesia", "S1 Ilmu Perpustakaan",
                        "Kartu Silang Layan", "Cross-Service Card", LocalDate.of(2026, 8, 31),
                        distinct(photos.get(i % photos.size()), i));
            }
        };
        // the document is counted, not kept: writing 700 MB a second time would only test the disk
        CountingSink out = new CountingSink();
        new CardSheetPdf(new CardForum("FPPTI Jawa Barat", null, "Sekretariat FPPTI Jabar, Bandung"))
                .write(faces, count, CardSheetSettings.NONE, out, Progress.NONE);
        System.out.println("max heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB");
        System.out.println("pdf bytes " + out.count);
    }

    /**
     * The JPEG with a comment segment (FF FE) after its JFIF header, where readers still find the header first and
     * need not decode the picture to learn its size.
     */
    private static byte[] distinct(Path jpeg, int card) {
        try {
            byte[] image = Files.readAllBytes(jpeg);
            int at = 2;
            if ((image[2] & 0xFF) == 0xFF && (image[3] & 0xFF) == 0xE0) {
                at = 4 + (((image[4] & 0xFF) << 8) | (image[5] & 0xFF));
            }
            byte[] text = ("card " + card).getBytes(StandardCharsets.US_ASCII);
            byte[] out = new byte[image.length + 4 + text.length];
            System.arraycopy(image, 0, out, 0, at);
            out[at] = (byte) 0xFF;
            out[at + 1] = (byte) 0xFE;
            out[at + 2] = (byte) ((text.length + 2) >> 8);
            out[at + 3] = (byte) (text.length + 2);
            System.arraycopy(text, 0, out, at + 4, text.length);
            System.arraycopy(image, at, out, at + 4 + text.length, image.length - at);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Discards what is written but counts it. */
    private static final class CountingSink extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
