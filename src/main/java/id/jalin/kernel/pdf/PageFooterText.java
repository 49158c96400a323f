package id.jalin.kernel.pdf;

/** The footer of one page, for example "Halaman 2 dari 5 / Page 2 of 5"; pages count from 1. */
@FunctionalInterface
public interface PageFooterText {
    String textFor(int page, int totalPages);
}
