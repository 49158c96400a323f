package id.jalin.training.print;

import id.jalin.kernel.files.AtomicFileWriter;
import id.jalin.kernel.task.Progress;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * Writes an event's certificates in one go, as the background task of the certificate screen: either all in one
 * PDF, or one PDF each in a folder. Either way it reports after each certificate and a Cancel (a
 * {@link id.jalin.kernel.task.CancelledException} from {@link Progress#checkCancelled()}) or a failure leaves
 * nothing behind: the single PDF is written beside its name and moved into place only when whole (as the card
 * batch does), and the separate PDFs are written under hidden temporary names and given their real names only
 * once all of them are written, so the folder never holds half a batch that looks like a whole one.
 */
public final class CertificateBatch {
    /** File names stay well inside what Windows and shared drives accept. */
    static final int MAX_NAME_LENGTH = 80;

    private final CertificatePdf pdf;

    public CertificateBatch(CertificateIssuer issuer) {
        this.pdf = new CertificatePdf(issuer);
    }

    /** All certificates in one PDF at {@code file}, one page each. */
    public Path writeOne(List<Certificate> certificates, Path file, Progress progress) throws IOException {
        new AtomicFileWriter().write(file, out -> pdf.write(certificates, out, progress));
        return file;
    }

    /**
     * One PDF per certificate in {@code folder} (created if missing), named by {@link #fileName}; an earlier file of
     * the same name is replaced. Returns the files in the order of the certificates.
     */
    public List<Path> writeEach(List<Certificate> certificates, Path folder, Progress progress) throws IOException {
        Files.createDirectories(folder);
        List<Path> targets = targets(certificates, folder);
        String batch = UUID.randomUUID().toString();
        List<Path> temporaries = new ArrayList<>();
        try {
            for (int i = 0; i < certificates.size(); i++) {
                progress.checkCancelled();
                Path temporary = folder.resolve("." + batch + "-" + i + ".tmp");
                temporaries.add(temporary);
                try (OutputStream out = Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE)) {
                    pdf.write(List.of(certificates.get(i)), out, Progress.NONE);
                }
                progress.update(i + 1, certificates.size());
            }
            progress.checkCancelled();
        } catch (IOException | RuntimeException | Error failure) {
            for (Path temporary : temporaries) {
                Files.deleteIfExists(temporary);
            }
            throw failure;
        }
        for (int i = 0; i < targets.size(); i++) {
            move(temporaries.get(i), targets.get(i));
        }
        return targets;
    }

    /**
     * "FPPTI-SRT-2026-0007 Siti Nurhaliza S.Hum.pdf" for FPPTI/SRT/2026/0007 and "Siti Nurhaliza, S.Hum.": the number first, so the files sort in the order they were issued, then
     * the name, so the secretary finds a person's file; plain letters and digits, dots and hyphens only
     * (accents folded to plain letters), no characters a file system or an e-mail attachment would refuse.
     */
    public static String fileName(Certificate certificate) {
        String number = safe(certificate.number());
        String name = safe(certificate.name());
        String joined = name.isEmpty() ? number : number + " " + name;
        if (joined.length() > MAX_NAME_LENGTH) {
            // cut between words: the number and the first names are enough to find the file
            int space = joined.lastIndexOf(' ', MAX_NAME_LENGTH);
            joined = joined.substring(0, space > number.length() ? space : MAX_NAME_LENGTH).replaceAll("[ .]+$", "");
        }
        return (joined.isEmpty() ? "sertifikat" : joined) + ".pdf";
    }

    private static String safe(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        StringBuilder out = new StringBuilder();
        for (char c : folded.toCharArray()) {
            if ((c < 128 && Character.isLetterOrDigit(c)) || c == '-' || c == '_' || c == '.') {
                out.append(c);
            } else if (c == '/' || c == '\\') {
                // a number such as FPPTI/SRT/2026/0007 keeps its parts apart
                out.append('-');
            } else if (Character.isWhitespace(c) || c == ',') {
                out.append(' ');
            }
        }
        // Windows refuses a name ending in a dot or a space, and a leading dot hides the file elsewhere
        return out.toString().replaceAll(" +", " ").replaceAll("^[ .]+|[ .]+$", "");
    }

    /** The file name of each certificate, with " (2)" added where two would otherwise share one. */
    private static List<Path> targets(List<Certificate> certificates, Path folder) {
        Set<String> taken = new HashSet<>();
        List<Path> targets = new ArrayList<>();
        for (Certificate certificate : certificates) {
            String name = fileName(certificate);
            String stem = name.substring(0, name.length() - ".pdf".length());
            for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
                name = stem + " (" + n + ").pdf";
            }
            targets.add(folder.resolve(name));
        }
        return targets;
    }

    private static void move(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException notOnThisFileSystem) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
