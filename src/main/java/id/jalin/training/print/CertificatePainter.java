package id.jalin.training.print;

import id.jalin.kernel.pdf.Alignment;
import id.jalin.kernel.pdf.Box;
import id.jalin.kernel.pdf.LetterheadData;
import id.jalin.kernel.pdf.PageCanvas;
import id.jalin.kernel.pdf.PageSize;
import id.jalin.kernel.pdf.TextStyle;
import id.jalin.kernel.pdf.Units;
import java.awt.Color;
import java.io.IOException;

/**
 * Draws one certificate on a landscape A4 page. Every part has a fixed place (a certificate is a designed page, not
 * a flowing text), and the parts whose length varies (the name, the titles, the signatory's position) are fitted
 * into their place by shrinking and wrapping, never cut. Each Indonesian line has its English one under it,
 * smaller, in italic and grey, so the Indonesian reads first.
 */
final class CertificatePainter {
    static final PageSize PAGE = PageSize.A4.landscape();
    static final Color ACCENT = new Color(0x1F, 0x3A, 0x5F);
    private static final Color ENGLISH = new Color(0x55, 0x55, 0x55);
    private static final float LEFT_MM = 24;
    private static final float WIDTH_MM = 297 - 2 * LEFT_MM;

    private static final TextStyle FORUM = TextStyle.bold(11).withColor(ACCENT);
    private static final TextStyle TITLE = TextStyle.bold(30).withColor(ACCENT);
    private static final TextStyle TITLE_EN = TextStyle.oblique(14).withColor(ENGLISH);
    private static final TextStyle NUMBER = TextStyle.regular(10);
    private static final TextStyle LINE = TextStyle.regular(11.5f);
    private static final TextStyle LINE_EN = TextStyle.oblique(9.5f).withColor(ENGLISH);
    private static final TextStyle NAME = TextStyle.bold(28).withLeading(32);
    private static final TextStyle ROLE = TextStyle.bold(13);
    private static final TextStyle ROLE_EN = TextStyle.oblique(10.5f).withColor(ENGLISH);
    private static final TextStyle EVENT = TextStyle.bold(15).withLeading(18);
    private static final TextStyle EVENT_EN = TextStyle.oblique(11).withColor(ENGLISH).withLeading(13.5f);
    private static final TextStyle DETAIL = TextStyle.regular(10.5f);
    private static final TextStyle DETAIL_EN = TextStyle.oblique(9).withColor(ENGLISH);
    private static final TextStyle SIGN = TextStyle.regular(10.5f);
    private static final TextStyle SIGN_EN = TextStyle.oblique(9).withColor(ENGLISH);
    private static final TextStyle SIGNATORY = TextStyle.bold(11);
    private static final TextStyle VERIFY = TextStyle.regular(8);
    private static final TextStyle VERIFY_EN = TextStyle.oblique(7.5f).withColor(ENGLISH);
    private static final TextStyle VERIFY_NUMBER = TextStyle.bold(9);

    private final CertificateIssuer issuer;
    private final Words indonesian = Words.indonesian();
    private final Words english = Words.english();

    CertificatePainter(CertificateIssuer issuer) {
        this.issuer = issuer;
    }

    /** What the name was fitted to, so a test can see that a long name shrank or wrapped instead of being cut. */
    FitText.Fitted paint(PageCanvas canvas, Certificate certificate) throws IOException {
        border(canvas);
        heading(canvas);
        Boxes.centred(canvas, indonesian.get("training.print.certificate.title"), TITLE, TITLE.size(), band(153, 13));
        Boxes.centred(canvas, english.get("training.print.certificate.title"), TITLE_EN, TITLE_EN.size(),
                band(147, 6));
        Boxes.centred(canvas, indonesian.get("training.print.certificate.number") + " / "
                + english.get("training.print.certificate.number") + ": " + certificate.number(), NUMBER, 7,
                band(140.5, 5.5));
        Boxes.centred(canvas, indonesian.get("training.print.certificate.awardedTo"), LINE, LINE.size(),
                band(133.5, 5.5));
        Boxes.centred(canvas, english.get("training.print.certificate.awardedTo"), LINE_EN, LINE_EN.size(),
                band(129.5, 4.5));
        FitText.Fitted name = Boxes.centred(canvas, certificate.name(), NAME, 20, band(111, 18));
        float ruleY = Units.mm(109.3f);
        float ruleHalf = Units.mm(70);
        float centre = Units.mm(297 / 2.0);
        canvas.line(centre - ruleHalf, ruleY, centre + ruleHalf, ruleY, 0.6f, ACCENT);
        Boxes.centred(canvas, indonesian.get("training.print.certificate.as", indonesian.role(certificate.role())),
                ROLE, 9, band(102.5, 6));
        Boxes.centred(canvas, english.get("training.print.certificate.as", english.role(certificate.role())),
                ROLE_EN, 7, band(98, 4.5));
        Boxes.centred(canvas, certificate.eventTitleId(), EVENT, 12, band(84, 13));
        Boxes.centred(canvas, certificate.eventTitleEn(), EVENT_EN, 10, band(75, 9));
        Boxes.centred(canvas, details(indonesian, certificate), DETAIL, 8, band(68, 5));
        Boxes.centred(canvas, details(english, certificate), DETAIL_EN, 7, band(63.5, 4.5));
        signature(canvas, certificate);
        verification(canvas, certificate);
        return name;
    }

    /** "12\u201314 Maret 2026 \u00b7 Perpustakaan X \u00b7 24 jam". */
    private static String details(Words words, Certificate certificate) {
        String days = words.days(certificate.firstDay(), certificate.lastDay());
        String hours = words.hours(certificate.hours());
        return certificate.venue().isBlank()
                ? words.get("training.print.certificate.details", days, hours)
                : words.get("training.print.certificate.detailsAt", days, certificate.venue(), hours);
    }

    private static Box band(double bottomMm, double heightMm) {
        return Box.ofMm(LEFT_MM, bottomMm, WIDTH_MM, heightMm);
    }

    private static void border(PageCanvas canvas) throws IOException {
        canvas.rectangle(Box.ofMm(8, 8, 297 - 16, 210 - 16), 2.5f, ACCENT);
        canvas.rectangle(Box.ofMm(10.5, 10.5, 297 - 21, 210 - 21), 0.6f, ACCENT);
    }

    /** The logo centred at the top and the forum's name under it; without a logo the name alone. */
    private void heading(PageCanvas canvas) throws IOException {
        LetterheadData letterhead = issuer.letterhead();
        if (letterhead.hasLogo()) {
            canvas.image(letterhead.logo(), Box.ofMm(LEFT_MM, 175, WIDTH_MM, 19), Alignment.CENTER);
            Boxes.centred(canvas, letterhead.name(), FORUM, 8, band(167.5, 7));
        } else {
            Boxes.centred(canvas, letterhead.name(), FORUM.withSize(14), 9, band(172, 14));
        }
    }

    /**
     * Place and date of issue in both languages, the position, the signature image (or room for a wet signature)
     * and the name, centred on the right third.
     */
    /** "Bandung, 20 Maret 2026", or the date alone for a forum whose profile names no city. */
    private static String issued(Words words, Certificate certificate) {
        String date = words.date(certificate.issued());
        return certificate.place() == null || certificate.place().isBlank() ? date
                : words.get("training.print.certificate.issued", certificate.place().strip(), date);
    }

    private void signature(PageCanvas canvas, Certificate certificate) throws IOException {
        double left = 178;
        double width = 88;
        Boxes.centred(canvas, issued(indonesian, certificate), SIGN, 8, Box.ofMm(left, 55.5, width, 5));
        Boxes.centred(canvas, issued(english, certificate), SIGN_EN, 7, Box.ofMm(left, 51.5, width, 4));
        Boxes.centred(canvas, issuer.signatoryPosition(), SIGN, 8, Box.ofMm(left, 42, width, 9));
        if (issuer.hasSignature()) {
            canvas.image(issuer.signature(), Box.ofMm(left + 14, 25, width - 28, 16.5), Alignment.CENTER);
        }
        FitText.Fitted name = Boxes.centred(canvas, issuer.signatoryName(), SIGNATORY, 8,
                Box.ofMm(left, 18.5, width, 6));
        // the name underlined, as Indonesian signature blocks are; as long as the widest line of it
        float widest = 0;
        for (String line : name.lines()) {
            widest = Math.max(widest, canvas.resources().fonts().width(line, name.style()));
        }
        float centre = Units.mm(left + width / 2);
        float underline = Units.mm(18.5 + 3) - name.height() / 2 - 1.5f;
        canvas.line(centre - widest / 2, underline, centre + widest / 2, underline, 0.6f, Color.BLACK);
    }

    /** The QR code with the number, and the line telling the reader where to check it. */
    private void verification(PageCanvas canvas, Certificate certificate) throws IOException {
        Box qr = Box.ofMm(LEFT_MM, 18, 28, 28);
        QrPainter.draw(canvas, certificate.number(), qr);
        double textLeft = LEFT_MM + 29;
        double textWidth = 70;
        Boxes.text(canvas, indonesian.get("training.print.certificate.verify"), VERIFY, 6.5f,
                Box.ofMm(textLeft, 34, textWidth, 4), Alignment.LEFT);
        Boxes.text(canvas, english.get("training.print.certificate.verify"), VERIFY_EN, 6,
                Box.ofMm(textLeft, 30.5, textWidth, 3.5), Alignment.LEFT);
        Boxes.text(canvas, certificate.number(), VERIFY_NUMBER, 6, Box.ofMm(textLeft, 25.5, textWidth, 5),
                Alignment.LEFT);
    }
}
