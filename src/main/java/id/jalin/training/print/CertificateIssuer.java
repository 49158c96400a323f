package id.jalin.training.print;

import id.jalin.kernel.pdf.LetterheadData;

/**
 * Who issues the certificates: the forum (name and logo from its letterhead) and the signatory from the forum
 * profile. {@code signature} is a PNG or JPEG of the signature; empty or null leaves room for a wet signature.
 */
public record CertificateIssuer(LetterheadData letterhead, String signatoryName, String signatoryPosition,
                                byte[] signature) {
    public CertificateIssuer {
        signature = signature == null ? new byte[0] : signature.clone();
    }

    public boolean hasSignature() {
        return signature.length > 0;
    }

    @Override
    public byte[] signature() {
        return signature.clone();
    }
}
