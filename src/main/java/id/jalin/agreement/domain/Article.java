package id.jalin.agreement.domain;

/**
 * An article (pasal) of the agreement, in Indonesian and English. Its number is its place in the list:
 * the first is Pasal 1. {@code form} says which form of cooperation it covers, if any.
 */
public record Article(CooperationForm form, String headingId, String headingEn, String textId, String textEn) {
    public Article {
        headingId = Party.clean(headingId);
        headingEn = Party.clean(headingEn);
        textId = textId == null ? "" : textId.strip();
        textEn = textEn == null ? "" : textEn.strip();
    }
}
