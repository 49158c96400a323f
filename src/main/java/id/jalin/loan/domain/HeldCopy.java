package id.jalin.loan.domain;

/** A member's holding of a work in the union catalogue: who could lend it, how many copies, under which number. */
public record HeldCopy(long memberId, int copies, String callNumber) {
    public HeldCopy {
        callNumber = callNumber == null ? "" : callNumber;
    }
}
