package id.jalin.loan.domain;

/**
 * A member library as the loans need it: its code and name on lists and slips, its address on letters, and whether
 * it is still in the forum (a library that left is never asked to lend).
 */
public record LoanMember(long id, String code, String name, String address, boolean active) {
    public LoanMember {
        address = address == null ? "" : address;
    }
}
