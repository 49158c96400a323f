package id.jalin.bench;

import id.jalin.crossservice.print.CardFace;
import id.jalin.crossservice.print.CardForum;
import id.jalin.crossservice.print.CardSheetPdf;
import id.jalin.crossservice.print.CardSheetSettings;
import id.jalin.kernel.task.Progress;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A start-of-year batch: 1,000 cross-service cards on A4 sheets (fronts and mirrored backs), two in three with
 * their own photo, written to a stream that discards the bytes. Runs in a 512 MB heap, as on an office PC.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx512m")
public class CardPrintBenchmark {
    private static final String[] NAMES = {"Ahmad Fauzi", "Dewi Lestari", "Siti Aminah", "Budi",
        "Muhammad Rizky Ramadhan Pratama Saputra", "Nur Aisyah Rahmawati", "Yusuf Maulana", "Rina Kartika Sari"};

    @Param({"1000"})
    int cards;

    private List<CardFace> faces;
    private CardSheetPdf writer;

    @Setup(Level.Trial)
    public void prepare() throws IOException {
        writer = new CardSheetPdf(new CardForum("FPPTI Jawa Barat", picture(0, 200, 200, "png"),
                "Sekretariat FPPTI Jabar, Jl. Raya Bandung-Sumedang Km 21, Jatinangor 45363"));
        faces = new ArrayList<>(cards);
        for (int i = 0; i < cards; i++) {
            byte[] photo = i % 3 == 0 ? null : picture(i, 240, 320, "jpg");
            faces.add(new CardFace(NAMES[i % NAMES.length], String.format("JB%08d", 20250000 + i),
                    "Perpustakaan Universitas Pendidikan Indonesia", "S1 Ilmu Perpustakaan dan Sains Informasi",
                    "Kartu Silang Layan", "Cross-Service Card", LocalDate.of(2026, 12, 31), photo));
        }
    }

    @Benchmark
    public long thousandCardsOnA4Sheets() throws IOException {
        CountingSink sink = new CountingSink();
        writer.write(faces, CardSheetSettings.NONE, sink, Progress.NONE);
        return sink.count;
    }

    /** A distinct picture per card, so each photo is embedded on its own as in a real batch. */
    private static byte[] picture(int seed, int width, int height, String format) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x40 + seed * 37 % 0x80, 0x60 + seed * 11 % 0x80, 0xa0));
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(0xe8, 0xc0, 0x9a));
        g.fillOval(width / 3, height / 6, width / 3 + seed % 20, height / 3);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    /** Discards what is written but counts it, so the work cannot be optimised away. */
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
