package id.jalin.kernel.pdf;

/**
 * A page template for flowing documents: the paper, its margins and a footer band above the bottom margin.
 * Flowing content stays inside {@link #content()}, so it can never run into the footer.
 */
public record PageFrame(PageSize size, Margins margins, float footerHeight) {
    public PageFrame {
        if (footerHeight < 0) {
            throw new IllegalArgumentException("Footer height cannot be negative");
        }
        if (margins.left() + margins.right() >= size.width()
                || margins.top() + margins.bottom() + footerHeight >= size.height()) {
            throw new IllegalArgumentException("Margins and footer leave no room for content");
        }
    }

    public static PageFrame a4Portrait(Margins margins, float footerHeight) {
        return new PageFrame(PageSize.A4, margins, footerHeight);
    }

    /** Where flowing content goes. */
    public Box content() {
        float bottom = margins.bottom() + footerHeight;
        return new Box(margins.left(), bottom,
                size.width() - margins.left() - margins.right(),
                size.height() - margins.top() - bottom);
    }

    /** The band between the content and the bottom margin where page footers are stamped. */
    public Box footer() {
        return new Box(margins.left(), margins.bottom(), content().width(), footerHeight);
    }
}
