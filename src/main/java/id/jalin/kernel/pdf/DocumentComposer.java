package id.jalin.kernel.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays out a flowing document (agreement, letter) page by page inside a {@link PageFrame}, then draws it.
 *
 * <p>Layout is done first and drawing only in {@link #finish()}, so the document is never half drawn when layout
 * fails, and the page count is known before anything is printed (footers are stamped afterwards with
 * {@link FooterStamper}).
 */
public final class DocumentComposer {
    private static final float EPSILON = 0.01f;

    private final DocumentResources resources;
    private final PageFrame frame;
    private final Box content;
    private final List<List<Placement>> pages = new ArrayList<>();
    private Position cursor;
    private boolean finished;
    /** Where the slices of the last block or row went, column by column, so a later block can pull its tail along. */
    private List<List<Placed>> lastRun = List.of();

    public DocumentComposer(DocumentResources resources, PageFrame frame) {
        this.resources = resources;
        this.frame = frame;
        this.content = frame.content();
        this.cursor = new Position(0, content.top());
        pages.add(new ArrayList<>());
    }

    public PageFrame frame() {
        return frame;
    }

    public DocumentComposer add(Block block) {
        List<Slice> slices = block.slices(resources, content.width());
        List<Placed> placed = new ArrayList<>();
        cursor = flow(slices, cursor, content.x(), content.width(), placed);
        if (!slices.stream().allMatch(Slice::isGap)) {
            // a spacer is not content a later block could keep company with
            lastRun = List.of(placed);
        }
        return this;
    }

    public DocumentComposer paragraph(String text, TextStyle style) {
        return add(Paragraph.of(text, style));
    }

    public DocumentComposer heading(String text, TextStyle style) {
        return add(Block.heading(text, style));
    }

    public DocumentComposer spacer(float height) {
        return add(Block.spacer(height));
    }

    /**
     * Keeps {@code blocks} on one page: if they do not fit in what is left of this page they start the next one.
     * Blocks taller than a whole page flow normally, as there is no page they would fit on.
     */
    public DocumentComposer keepTogether(List<? extends Block> blocks) {
        List<Slice> slices = blocks.stream()
                .flatMap(block -> block.slices(resources, content.width()).stream())
                .toList();
        float height = totalHeight(slices);
        if (height > remainingHeight() + EPSILON && height <= content.height() + EPSILON) {
            newPage();
        }
        List<Placed> placed = new ArrayList<>();
        cursor = flow(slices, cursor, content.x(), content.width(), placed);
        lastRun = List.of(placed);
        return this;
    }

    /**
     * Like {@link #keepTogether} but, when the blocks must start a new page, the last {@code lines} lines of what
     * came just before (in every column of the last row) go over with them, so a signature block never stands on
     * a page of its own. Lines kept with the next one (a heading, a paragraph's first line) move too.
     */
    public DocumentComposer keepTogetherWithPrevious(List<? extends Block> blocks, int lines) {
        List<Slice> slices = blocks.stream()
                .flatMap(block -> block.slices(resources, content.width()).stream())
                .toList();
        float height = totalHeight(slices);
        if (height <= remainingHeight() + EPSILON || height > content.height() + EPSILON) {
            return keepTogether(blocks);
        }
        int page = cursor.page();
        List<List<Placed>> tails = lastRun.stream().map(column -> tail(column, page, lines)).toList();
        float tailHeight = (float) tails.stream().mapToDouble(DocumentComposer::spanHeight).max().orElse(0);
        newPage();
        if (tailHeight > 0 && tailHeight + height <= content.height() + EPSILON) {
            float bottom = content.top();
            for (List<Placed> tail : tails) {
                if (tail.isEmpty()) {
                    continue;
                }
                float shift = content.top() - tail.get(0).placement().top();
                for (Placed moved : tail) {
                    Placement from = moved.placement();
                    pages.get(page).removeIf(p -> p == from);
                    Placement to = new Placement(from.slice(), from.x(), from.top() + shift, from.width());
                    pages.get(page + 1).add(to);
                    bottom = Math.min(bottom, to.top() - from.slice().height());
                }
            }
            cursor = new Position(page + 1, bottom);
        }
        List<Placed> placed = new ArrayList<>();
        cursor = flow(slices, cursor, content.x(), content.width(), placed);
        lastRun = List.of(placed);
        return this;
    }

    /**
     * The end of a column on {@code page} holding at least {@code lines} printed slices, cut only where the page
     * may break (not after a slice kept with the next), without the gaps it would start with.
     */
    private static List<Placed> tail(List<Placed> column, int page, int lines) {
        int start = column.size();
        int counted = 0;
        while (start > 0 && column.get(start - 1).page() == page) {
            start--;
            if (!column.get(start).placement().slice().isGap()) {
                counted++;
            }
            boolean legalCut = start == 0 || !column.get(start - 1).placement().slice().keepWithNext();
            if (counted >= lines && legalCut) {
                break;
            }
        }
        while (start < column.size() && column.get(start).placement().slice().isGap()) {
            start++;
        }
        return column.subList(start, column.size());
    }

    private static float spanHeight(List<Placed> run) {
        if (run.isEmpty()) {
            return 0;
        }
        Placement last = run.get(run.size() - 1).placement();
        return run.get(0).placement().top() - (last.top() - last.slice().height());
    }

    /**
     * Lays out rows of side-by-side columns. Each row starts at the same height in every column; a column that
     * does not fit continues at the top of the next page, so both languages of an article resume level there.
     * The next row starts below the longest column. Rows are {@code rowGap} apart.
     */
    public DocumentComposer alignedRows(List<AlignedRow> rows, float columnGap, float rowGap) {
        for (int i = 0; i < rows.size(); i++) {
            if (i > 0) {
                spacer(rowGap);
            }
            alignedRow(rows.get(i), columnGap);
        }
        return this;
    }

    private void alignedRow(AlignedRow row, float columnGap) {
        int count = row.columnCount();
        float columnWidth = (content.width() - columnGap * (count - 1)) / count;
        List<List<Slice>> columns = row.cells().stream()
                .map(cell -> cell.stream().flatMap(b -> b.slices(resources, columnWidth).stream()).toList())
                .toList();
        // every column must be able to start here, or they would not start level
        float opening = (float) columns.stream().mapToDouble(c -> leadingChainHeight(c, 0)).max().orElse(0);
        if (!atPageTop(cursor) && opening > remainingHeight() + EPSILON) {
            newPage();
        }
        Position start = cursor;
        Position end = start;
        List<List<Placed>> run = new ArrayList<>();
        for (int c = 0; c < count; c++) {
            List<Placed> placed = new ArrayList<>();
            Position reached = flow(columns.get(c), start, content.x() + c * (columnWidth + columnGap), columnWidth,
                    placed);
            run.add(placed);
            end = reached.isBelow(end) ? reached : end;
        }
        cursor = end;
        lastRun = run;
    }

    /** Ends the current page; the next content starts at the top of a new one. */
    public DocumentComposer newPage() {
        cursor = new Position(cursor.page() + 1, content.top());
        ensurePage(cursor.page());
        return this;
    }

    /** Height left on the current page before the footer band. */
    public float remainingHeight() {
        return cursor.y() - content.y();
    }

    public int pageCount() {
        return pages.size();
    }

    /** Draws every laid-out page into the document. The composer cannot be used afterwards. */
    public void finish() throws IOException {
        if (finished) {
            throw new IllegalStateException("The document has already been drawn");
        }
        finished = true;
        for (List<Placement> page : pages) {
            try (PageCanvas canvas = PageCanvas.onNewPage(resources, frame.size())) {
                for (Placement placement : page) {
                    placement.slice().draw(canvas, placement.x(), placement.top(), placement.width());
                }
            }
        }
    }

    private Position flow(List<Slice> slices, Position start, float x, float width, List<Placed> placed) {
        checkNotFinished();
        int page = start.page();
        float y = start.y();
        for (int i = 0; i < slices.size(); i++) {
            Slice slice = slices.get(i);
            boolean atTop = y >= content.top() - EPSILON;
            if (slice.isGap() && atTop) {
                continue;
            }
            if (!atTop && y - leadingChainHeight(slices, i) < content.y() - EPSILON) {
                page++;
                y = content.top();
                if (slice.isGap()) {
                    continue;
                }
            }
            ensurePage(page);
            Placement placement = new Placement(slice, x, y, width);
            pages.get(page).add(placement);
            placed.add(new Placed(page, placement));
            y -= slice.height();
        }
        return new Position(page, y);
    }

    /** Height of the slice at {@code from} plus those it is kept with, i.e. what must fit for it to be placed. */
    private static float leadingChainHeight(List<Slice> slices, int from) {
        float height = 0;
        for (int i = from; i < slices.size(); i++) {
            height += slices.get(i).height();
            if (!slices.get(i).keepWithNext()) {
                break;
            }
        }
        return height;
    }

    private static float totalHeight(List<Slice> slices) {
        return (float) slices.stream().mapToDouble(Slice::height).sum();
    }

    private boolean atPageTop(Position position) {
        return position.y() >= content.top() - EPSILON;
    }

    private void ensurePage(int index) {
        while (pages.size() <= index) {
            pages.add(new ArrayList<>());
        }
    }

    private void checkNotFinished() {
        if (finished) {
            throw new IllegalStateException("The document has already been drawn");
        }
    }

    /** A point in the flow: a page index and the height (PDF y) where the next slice's top goes. */
    private record Position(int page, float y) {
        boolean isBelow(Position other) {
            return page > other.page || (page == other.page && y < other.y);
        }
    }

    private record Placement(Slice slice, float x, float top, float width) {
    }

    private record Placed(int page, Placement placement) {
    }
}
