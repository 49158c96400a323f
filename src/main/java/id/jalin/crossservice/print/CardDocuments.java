package id.jalin.crossservice.print;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/** What every card document says about itself in its properties. */
final class CardDocuments {
    private CardDocuments() {
    }

    static void describe(PDDocument document, CardForum forum, String title) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(title);
        info.setAuthor(forum.forumName());
        info.setCreator("Jalin");
    }
}
