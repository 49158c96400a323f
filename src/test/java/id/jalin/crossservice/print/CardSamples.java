package id.jalin.crossservice.print;

import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/** Cards, forum and pictures for the print tests and samples. */
final class CardSamples {
    static final LocalDate VALID_UNTIL = LocalDate.of(2026, 12, 31);
    static final String LONG_NAME = "Raden Roro Siti Nurhaliza Kusumawardhani Prawiranegara Putri Ayu";

    private CardSamples() {
    }

    static CardForum forum() {
        return new CardForum("FPPTI Jawa Barat", logoPng(),
                "Sekretariat FPPTI Jabar, Perpustakaan Universitas Padjadjaran, Jl. Raya Bandung-Sumedang Km 21, "
                        + "Jatinangor 45363");
    }

    static CardFace card(String name, String number, byte[] photo) {
        return new CardFace(name, number, "Perpustakaan Universitas Pendidikan Indonesia",
                "S1 Ilmu Perpustakaan dan Sains Informasi", "Kartu Silang Layan", "Cross-Service Card", VALID_UNTIL,
                photo);
    }

    static List<CardFace> cards(int count) {
        String[] names = {"Ahmad Fauzi", LONG_NAME, "Dewi Lestari", "Muhammad Rizky Ramadhan Pratama Saputra",
            "Siti Aminah", "Budi", "Nur Aisyah Rahmawati", "Yusuf Maulana", "Rina Kartika Sari", "Agus Salim",
            "Ayu Wulandari"};
        byte[] photo = photoJpeg();
        List<CardFace> cards = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            cards.add(card(names[i % names.length], String.format("JB%08d", 20250000 + i), i % 3 == 0 ? null : photo));
        }
        return cards;
    }

    static byte[] logoPng() {
        BufferedImage image = new BufferedImage(200, 200, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillOval(5, 5, 190, 190);
        g.setColor(new Color(0x1f, 0x4e, 0x79));
        g.fillRect(60, 55, 80, 90);
        g.setColor(Color.WHITE);
        g.fillRect(98, 55, 4, 90);
        g.dispose();
        return encode(image, "png");
    }

    /** A 3:4 portrait-like picture. */
    static byte[] photoJpeg() {
        BufferedImage image = new BufferedImage(300, 400, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setPaint(new GradientPaint(0, 0, new Color(0x9e, 0xc5, 0xe8), 0, 400, new Color(0x3a, 0x6e, 0xa5)));
        g.fillRect(0, 0, 300, 400);
        g.setColor(new Color(0xe8, 0xc0, 0x9a));
        g.fillOval(95, 70, 110, 140);
        g.setColor(new Color(0x33, 0x33, 0x33));
        g.fillRoundRect(50, 230, 200, 200, 80, 80);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 20));
        g.dispose();
        return encode(image, "jpg");
    }

    private static byte[] encode(BufferedImage image, String format) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, format, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
