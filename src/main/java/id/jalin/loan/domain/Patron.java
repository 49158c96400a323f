package id.jalin.loan.domain;

/**
 * The user a borrowing library asks for: a user cannot borrow at another library, so the library borrows on their
 * behalf and lends it on, and answers for the item.
 *
 * @param userId the user's number at the borrowing library (student or staff number)
 */
public record Patron(String name, String userId, PatronKind kind) {
    public Patron {
        name = name == null ? "" : name.strip();
        userId = userId == null ? "" : userId.strip();
    }
}
