package id.jalin.loan.data;

import static id.jalin.kernel.db.generated.Tables.LOAN_REQUEST;
import static id.jalin.kernel.db.generated.Tables.LOAN_ROTA;

import id.jalin.loan.domain.LoanState;
import id.jalin.loan.domain.MemberLoanFigures;
import id.jalin.loan.domain.RotaAnswer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record5;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * The period's figures per member, counted in the database: as borrower from its requests, as lender from the rota
 * (every time it was asked, so a lender that answered unfilled counts against its fill rate).
 */
final class LoanFigures {
    /** The states of a request its lender supplied: on loan, returned, or a copy sent. */
    private static final Set<LoanState> FILLED = EnumSet.of(LoanState.SHIPPED, LoanState.RECEIVED,
            LoanState.RENEWAL_ASKED, LoanState.RECALLED, LoanState.SHIPPED_BACK, LoanState.CHECKED_IN,
            LoanState.COPY_DELIVERED);
    private static final double MINUTES_A_DAY = 24 * 60;

    private final DSLContext dsl;

    LoanFigures(DSLContext dsl) {
        this.dsl = dsl;
    }

    List<MemberLoanFigures> of(LocalDate from, LocalDate to, LocalDate today) {
        Condition period = LOAN_REQUEST.REQUESTED_AT.ge(from.atStartOfDay())
                .and(LOAN_REQUEST.REQUESTED_AT.lt(to.plusDays(1).atStartOfDay()));
        Condition filled = LOAN_REQUEST.STATE.in(JooqLoanRepository.names(FILLED));
        Condition overdue = LOAN_REQUEST.STATE.in(JooqLoanRepository.names(LoanState.outOnLoanStates()))
                .and(LOAN_REQUEST.DUE_ON.lt(today));
        Map<Long, long[]> borrowing = new TreeMap<>();
        Map<Long, Double> borrowTurnaround = new TreeMap<>();
        for (Record5<Long, Integer, Integer, BigDecimal, Integer> row : dsl.select(LOAN_REQUEST.BORROWER_ID,
                        DSL.count(), count(filled), average(), count(overdue))
                .from(LOAN_REQUEST).where(period).groupBy(LOAN_REQUEST.BORROWER_ID).fetch()) {
            borrowing.put(row.value1(), new long[] {row.value2(), row.value3(), row.value5()});
            borrowTurnaround.put(row.value1(), days(row.value4()));
        }
        Condition supplied = LOAN_ROTA.ANSWER.eq(RotaAnswer.SUPPLYING.name());
        Map<Long, long[]> lending = new TreeMap<>();
        Map<Long, Double> lendTurnaround = new TreeMap<>();
        for (Record5<Long, Integer, Integer, BigDecimal, Integer> row : dsl.select(LOAN_ROTA.LENDER_ID,
                        DSL.count(), count(supplied.and(filled)),
                        DSL.avg(DSL.when(supplied, LOAN_REQUEST.TURNAROUND_MINUTES)), count(supplied.and(overdue)))
                .from(LOAN_ROTA).join(LOAN_REQUEST).on(LOAN_REQUEST.ID.eq(LOAN_ROTA.REQUEST_ID))
                .where(period, LOAN_ROTA.ANSWER.ne(RotaAnswer.NOT_ASKED.name()))
                .groupBy(LOAN_ROTA.LENDER_ID).fetch()) {
            lending.put(row.value1(), new long[] {row.value2(), row.value3(), row.value5()});
            lendTurnaround.put(row.value1(), days(row.value4()));
        }
        TreeMap<Long, MemberLoanFigures> figures = new TreeMap<>();
        for (Long member : union(borrowing.keySet(), lending.keySet())) {
            long[] b = borrowing.getOrDefault(member, new long[3]);
            long[] l = lending.getOrDefault(member, new long[3]);
            figures.put(member, new MemberLoanFigures(member, (int) b[0], (int) b[1], borrowTurnaround.get(member),
                    (int) b[2], (int) l[0], (int) l[1], lendTurnaround.get(member), (int) l[2]));
        }
        return List.copyOf(figures.values());
    }

    private static Field<Integer> count(Condition condition) {
        return DSL.sum(DSL.when(condition, DSL.inline(1)).otherwise(DSL.inline(0))).cast(SQLDataType.INTEGER);
    }

    private static Field<BigDecimal> average() {
        return DSL.avg(LOAN_REQUEST.TURNAROUND_MINUTES);
    }

    private static Double days(BigDecimal minutes) {
        return minutes == null ? null : minutes.doubleValue() / MINUTES_A_DAY;
    }

    private static Set<Long> union(Set<Long> a, Set<Long> b) {
        Set<Long> all = new java.util.TreeSet<>(a);
        all.addAll(b);
        return all;
    }
}
