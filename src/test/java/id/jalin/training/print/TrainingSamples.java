package id.jalin.training.print;

import id.jalin.kernel.pdf.LetterheadData;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/** Events, people and pictures for the training paper tests and samples, with names and titles as long as real ones. */
final class TrainingSamples {
    static final String LONG_NAME = "Raden Roro Siti Nurhaliza Kusumawardhani Prawiranegara Putri Ayu Cahyaningtyas, "
            + "S.Hum., M.I.P.";
    static final String VERY_LONG_NAME = "Prof. Dr. Ir. Raden Mas Haryo Bambang Sutejo Wiryo Kusumo Hadiningrat "
            + "Soeryadiningrat Tjokroaminoto Mangkunegara Purbonegoro Djojohadikusumo, S.Sos., M.Si., M.Hum., Ph.D.";
    static final String LONG_TITLE_ID = "Pelatihan Nasional Pengelolaan Repositori Institusi, Pelestarian Digital, "
            + "dan Penerapan Metadata Dublin Core serta MARC21 untuk Perpustakaan Perguruan Tinggi";
    static final String LONG_TITLE_EN = "National Training on Institutional Repository Management, Digital "
            + "Preservation, and Applying Dublin Core and MARC21 Metadata in University Libraries";
    static final String INSTITUTION = "UPT Perpustakaan Universitas Islam Negeri Sunan Gunung Djati Bandung";

    private TrainingSamples() {
    }

    static LetterheadData letterhead() {
        return new LetterheadData("Forum Perpustakaan Perguruan Tinggi Indonesia (FPPTI) Wilayah Jawa Barat",
                List.of("Sekretariat: Perpustakaan Universitas Padjadjaran, Jl. Raya Bandung-Sumedang Km 21, "
                        + "Jatinangor 45363", "Telepon (022) 7796025 \u00b7 sekretariat@fppti-jabar.or.id"),
                logoPng());
    }

    static CertificateIssuer issuer(boolean withSignature) {
        return new CertificateIssuer(letterhead(), "Dr. Hj. Euis Kurniasih Rahmawati, M.Hum.",
                "Ketua FPPTI Wilayah Jawa Barat", withSignature ? signaturePng() : new byte[0]);
    }

    static Certificate certificate(String number, String name, TrainingRole role) {
        return new Certificate(number, name, role, LONG_TITLE_ID, LONG_TITLE_EN,
                "Aula Perpustakaan Universitas Padjadjaran, Jatinangor", LocalDate.of(2026, 3, 9),
                LocalDate.of(2026, 3, 11), Duration.ofMinutes(22 * 60 + 30), "Bandung", LocalDate.of(2026, 3, 20));
    }

    static List<Certificate> certificates(int count) {
        String[] names = {"Ahmad Fauzi", LONG_NAME, "Dewi Lestari", "Siti Aminah", "Budi",
            "Muhammad Rizky Ramadhan Pratama Saputra"};
        TrainingRole[] roles = TrainingRole.values();
        List<Certificate> list = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            list.add(certificate(String.format("FPPTI/SRT/2026/%04d", i + 1), names[i % names.length],
                    roles[i % roles.length]));
        }
        return list;
    }

    static Badge badge(String name, TrainingRole role, String code) {
        return new Badge(name, INSTITUTION, role, LONG_TITLE_ID, LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 11),
                code);
    }

    static List<Badge> badges() {
        return List.of(badge("Ahmad Fauzi", TrainingRole.PARTICIPANT, "TRN26-0001-001"),
                badge(LONG_NAME, TrainingRole.SPEAKER, "TRN26-0001-002"),
                badge(VERY_LONG_NAME, TrainingRole.COMMITTEE, "TRN26-0001-003"),
                badge("Budi", TrainingRole.PARTICIPANT, "TRN26-0001-004"),
                badge("Dewi Lestari", TrainingRole.PARTICIPANT, "TRN26-0001-005"));
    }

    static AttendanceSheet sheet(int people, String kind) {
        List<AttendanceSheet.Row> rows = new ArrayList<>();
        String[] names = {"Ahmad Fauzi", LONG_NAME, "Dewi Lestari", "Siti Aminah", "Budi",
            "Muhammad Rizky Ramadhan Pratama Saputra", "Nur Aisyah Rahmawati"};
        String[] places = {INSTITUTION, "Perpustakaan Politeknik Negeri Bandung", "Perpustakaan ITB"};
        for (int i = 0; i < people; i++) {
            rows.add(new AttendanceSheet.Row(names[i % names.length], places[i % places.length]));
        }
        return new AttendanceSheet(letterhead(), LONG_TITLE_ID, kind,
                "Aula Perpustakaan Universitas Padjadjaran, Jl. Raya Bandung-Sumedang Km 21, Jatinangor",
                new AttendanceSheet.Session(2, 3, LocalDate.of(2026, 3, 10), LocalTime.of(8, 30), LocalTime.of(12, 0),
                        "Pelestarian digital: format berkas, checksum, dan rencana migrasi", VERY_LONG_NAME),
                rows, 3);
    }

    static byte[] logoPng() {
        BufferedImage image = new BufferedImage(240, 240, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(0x1F, 0x3A, 0x5F));
        g.fillOval(10, 10, 220, 220);
        g.setColor(Color.WHITE);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 64));
        g.drawString("FP", 68, 145);
        g.dispose();
        return png(image);
    }

    static byte[] signaturePng() {
        BufferedImage image = new BufferedImage(400, 160, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(0x10, 0x20, 0x80));
        g.setStroke(new BasicStroke(5, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.drawPolyline(new int[] {20, 70, 95, 130, 160, 200, 250, 300, 380},
                new int[] {120, 30, 130, 40, 110, 60, 100, 50, 80}, 9);
        g.dispose();
        return png(image);
    }

    private static byte[] png(BufferedImage image) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
