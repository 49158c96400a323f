package id.jalin.crossservice.domain;

/**
 * How a card number is written for people, the same on the card, on the introduction letter and on screen:
 * grouped as {@link CardNumber#grouped()} when the text is a forum card number, otherwise as it is (an old
 * card's number from another scheme), never reformatted into something the scanner would not match.
 */
public final class CardNumberText {
    private CardNumberText() {
    }

    public static String of(String number) {
        String text = number == null ? "" : number.strip();
        return CardNumber.read(text) instanceof CardNumber.Reading.Valid valid ? valid.number().grouped() : text;
    }

    public static String of(CardNumber number) {
        return number.grouped();
    }
}
