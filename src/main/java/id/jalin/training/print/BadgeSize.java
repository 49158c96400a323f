package id.jalin.training.print;

import id.jalin.kernel.i18n.Labels;

/** The two badge sizes Jalin prints. */
@Labels("training.print.badgeSize")
public enum BadgeSize {
    /**
     * A6 (105 x 148 mm), four to an A4 sheet for the office printer: the forum buys A4 paper, not A6, and four A6
     * tile A4 exactly, so two straight cuts through the middle (marked on the sheet) give four badges that slip into
     * the usual A6 lanyard pockets.
     */
    A6_FOUR_ON_A4,
    /** ISO ID-1 (85.6 x 54 mm), one badge a page, for the card printer that prints the forum cards. */
    ID_1
}
