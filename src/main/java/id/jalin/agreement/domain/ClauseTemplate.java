package id.jalin.agreement.domain;

/** A standard bilingual clause from the clause library, which the secretary inserts as an article and then edits. */
public record ClauseTemplate(long id, CooperationForm form, String headingId, String headingEn, String textId,
                             String textEn) {
    public Article toArticle() {
        return new Article(form, headingId, headingEn, textId, textEn);
    }
}
