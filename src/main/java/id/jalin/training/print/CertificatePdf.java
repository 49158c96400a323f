package id.jalin.training.print;

import id.jalin.kernel.pdf.DocumentResources;
import id.jalin.kernel.pdf.PageCanvas;
import id.jalin.kernel.task.Progress;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * Certificates (sertifikat) on landscape A4, one page each, in Indonesian with English under it: the forum's logo
 * and name, the number, the person and the role, the event, its days and hours, the place and date of issue, the
 * signatory, and a QR code carrying the number for Jalin's "check a certificate" box.
 */
public final class CertificatePdf {
    private final CertificateIssuer issuer;

    public CertificatePdf(CertificateIssuer issuer) {
        this.issuer = issuer;
    }

    public void write(Certificate certificate, OutputStream out) throws IOException {
        write(List.of(certificate), out, Progress.NONE);
    }

    /**
     * Writes the certificates in order, one page each; reports after each page and stops with a
     * {@link id.jalin.kernel.task.CancelledException} when the user cancels (nothing is written to {@code out} then).
     */
    public void write(List<Certificate> certificates, OutputStream out, Progress progress) throws IOException {
        if (certificates.isEmpty()) {
            throw new IllegalArgumentException("No certificates to print");
        }
        CertificatePainter painter = new CertificatePainter(issuer);
        // page content goes to a temporary file, not the heap: a batch of 300 is one document
        try (PDDocument document = new PDDocument(IOUtils.createTempFileOnlyStreamCache())) {
            describe(document, certificates);
            DocumentResources resources = DocumentResources.embedIn(document);
            int done = 0;
            for (Certificate certificate : certificates) {
                progress.checkCancelled();
                try (PageCanvas canvas = PageCanvas.onNewPage(resources, CertificatePainter.PAGE)) {
                    painter.paint(canvas, certificate);
                }
                progress.update(++done, certificates.size());
            }
            progress.checkCancelled();
            document.save(out);
        }
    }

    private void describe(PDDocument document, List<Certificate> certificates) {
        Words words = Words.indonesian();
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(certificates.size() == 1
                ? words.get("training.print.certificate.title") + " " + certificates.get(0).number()
                : words.get("training.print.certificate.title") + " " + certificates.get(0).eventTitleId());
        info.setAuthor(issuer.letterhead().name());
        info.setCreator("Jalin");
    }
}
