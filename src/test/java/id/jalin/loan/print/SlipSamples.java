package id.jalin.loan.print;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

/** Request slips as the lead's loan domain would hand them over. */
final class SlipSamples {
    static final LocalDate SHIPPED = LocalDate.of(2026, 11, 2);
    static final LocalDate DUE = LocalDate.of(2026, 11, 16);

    private SlipSamples() {
    }

    static RequestSlip loan(String number) {
        return new RequestSlip(number, "UNPAD", "Perpustakaan Universitas Padjadjaran", "ITB",
                "Perpustakaan Pusat Institut Teknologi Bandung", "Dewi Lestari", "140410190042",
                "Mahasiswa / Student", RequestSlip.Service.LOAN,
                "Pengantar ilmu perpustakaan dan informasi", "Sulistyo-Basuki", "020 SUL p", "", SHIPPED, DUE,
                "FPPTI Jawa Barat");
    }

    static RequestSlip copy(String number) {
        return new RequestSlip(number, "UPI", "Perpustakaan Universitas Pendidikan Indonesia", "UNPAR",
                "Perpustakaan Universitas Katolik Parahyangan", "Agus Salim", "2008123", "Dosen / Lecturer",
                RequestSlip.Service.COPY, "Jurnal Kajian Informasi dan Perpustakaan, vol. 9 no. 1: "
                + "Kerja sama antar perpustakaan perguruan tinggi", "Rahmah, E.", "", "hlm. 45\u201361", SHIPPED,
                null, "FPPTI Jawa Barat");
    }

    /** A slip with a 300-character title and 120-character library names. */
    static RequestSlip crowded(String number) {
        String title = words("Kajian perbandingan layanan pinjam antar perpustakaan dan penyampaian dokumen "
                + "di perguruan tinggi negeri dan swasta se-Jawa Barat dengan tinjauan kebijakan, biaya, waktu "
                + "tunggu serta kepuasan pemustaka ", 300);
        String lender = words("Perpustakaan Pusat dan Unit Pelaksana Teknis Perpustakaan Institut Teknologi "
                + "Bandung beserta Perpustakaan Fakultas ", 120);
        String borrower = words("Unit Pelaksana Teknis Perpustakaan Universitas Islam Negeri Sunan Gunung Djati "
                + "Bandung beserta Perpustakaan Pascasarjana ", 120);
        return new RequestSlip(number, "UINSGD", borrower, "ITB", lender,
                "Raden Roro Ayu Kusumawardhani Puspitasari Ningrum", "1217050123", "Mahasiswa pascasarjana / "
                + "Postgraduate student", RequestSlip.Service.LOAN, title,
                "Hasugian, Jonner; Sulistyo-Basuki; Purwono", "027.4 KAJ k 2024", "", LocalDate.of(2026, 12, 2),
                LocalDate.of(2026, 12, 16),
                "Forum Perpustakaan Perguruan Tinggi Indonesia Wilayah Jawa Barat");
    }

    /** {@code seed} repeated and cut to exactly {@code length} characters, the last a full stop. */
    static String words(String seed, int length) {
        return seed.repeat(length / seed.length() + 1).substring(0, length - 1) + ".";
    }

    static byte[] pdf(List<RequestSlip> slips, SlipLayout layout) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new RequestSlipPdf().write(slips, layout, out);
        return out.toByteArray();
    }
}
