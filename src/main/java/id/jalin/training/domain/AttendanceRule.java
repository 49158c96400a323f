package id.jalin.training.domain;

/**
 * Who earns a certificate: a person holding a place who attended at least {@code percent} of the event's sessions
 * (100, the usual rule: all of them). An event without sessions qualifies nobody. Worked in whole numbers, so 2 of 3
 * sessions meets 66 % but not 67 %.
 */
public final class AttendanceRule {
    private AttendanceRule() {
    }

    public static boolean met(int attended, int sessions, int percent) {
        if (sessions <= 0 || attended <= 0) {
            return false;
        }
        return attended * 100L >= (long) percent * sessions;
    }

    /** The fewest sessions that meet the rule, for saying what is missing. */
    public static int sessionsNeeded(int sessions, int percent) {
        if (sessions <= 0) {
            return 0;
        }
        return (int) Math.max(1, ((long) percent * sessions + 99) / 100);
    }
}
