package id.jalin.agreement.print;

/** How an agreement is printed: Indonesian and English side by side, or one language across the page. */
public enum PrintLanguage {
    BILINGUAL, INDONESIAN, ENGLISH
}
