package id.jalin.loan.iso;

/**
 * One ISO 18626 v1.2 message of the three kinds a loan between Jalin and an outside library exchanges. The
 * confirmations the standard also defines are a transport's immediate answers; Jalin exchanges messages as files,
 * so it neither writes nor reads them.
 */
public sealed interface IsoMessage permits IsoRequest, IsoSupplyingAgencyMessage, IsoRequestingAgencyMessage {
    IsoHeader header();
}
