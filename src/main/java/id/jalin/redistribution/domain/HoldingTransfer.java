package id.jalin.redistribution.domain;

/**
 * Where a received hand-over is told to the union catalogue, which moves the holding from giver to receiver. The
 * catalogue implements it; redistribution only says what went from whom to whom. It is called before the receipt is
 * committed, so a transfer that fails leaves the hand-over shipped, not received.
 */
@FunctionalInterface
public interface HoldingTransfer {
    void transfer(TransferredHolding holding);
}
