package id.jalin.exchange.domain;

/**
 * How many of the first member's units are worth how many of the second's: {@code 3:1} means three of the first's
 * publications are swapped for one of the second's; {@code 1:1} is the usual one for one whatever the thickness.
 */
public record ExchangeRatio(int first, int second) {
    public static final int MAX = 99;
    public static final ExchangeRatio ONE_FOR_ONE = new ExchangeRatio(1, 1);

    public boolean valid() {
        return first >= 1 && second >= 1 && first <= MAX && second <= MAX;
    }

    @Override
    public String toString() {
        return first + ":" + second;
    }
}
