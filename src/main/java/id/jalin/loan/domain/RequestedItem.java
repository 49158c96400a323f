package id.jalin.loan.domain;

/**
 * What is asked for: a work found in the union catalogue ({@code workId}), or something typed in by hand when the
 * catalogue lacks it (no work id, and then any member may be asked).
 *
 * @param pages for a copy: the pages or the article wanted ("hlm. 12-30", "Bab 3")
 * @param articleTitle for a copy: the chapter or article, when it has its own title
 */
public record RequestedItem(Long workId, String title, String author, String publisher, Integer year, String isbn,
                            String edition, ItemKind kind, String pages, String articleTitle) {
    public RequestedItem {
        title = text(title);
        author = text(author);
        publisher = text(publisher);
        isbn = text(isbn);
        edition = text(edition);
        kind = kind == null ? ItemKind.BOOK : kind;
        pages = text(pages);
        articleTitle = text(articleTitle);
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }
}
