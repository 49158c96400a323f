package id.jalin.acquisition.ui;

import id.jalin.acquisition.domain.AcquisitionMember;
import id.jalin.acquisition.domain.CostLine;
import id.jalin.acquisition.domain.ProposalLine;
import id.jalin.acquisition.domain.PurchaseRound;
import id.jalin.acquisition.domain.RoundShares;
import id.jalin.acquisition.print.BudgetContext;
import id.jalin.acquisition.print.FormatSpend;
import id.jalin.acquisition.print.ItemFormat;
import id.jalin.acquisition.print.MemberCopies;
import id.jalin.acquisition.print.MemberSpend;
import id.jalin.acquisition.print.MemberStatement;
import id.jalin.acquisition.print.OrderLine;
import id.jalin.acquisition.print.OrderList;
import id.jalin.acquisition.print.Participant;
import id.jalin.acquisition.print.RoundSummary;
import id.jalin.acquisition.print.SplitBasis;
import id.jalin.acquisition.print.StatementLine;
import id.jalin.acquisition.print.VendorOrder;
import id.jalin.forum.domain.ForumProfile;
import id.jalin.kernel.money.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;

/**
 * The round's papers filled from the service's values: the order list per vendor, a member's statement and the
 * round's summary. Each item bought for all is shared line by line by the round's rule, so a statement's lines add
 * up to what the summary gives the member.
 */
final class AcquisitionPapers {
    private final LongFunction<AcquisitionMember> members;
    private final String noVendor;

    /** @param noVendor how a line without a vendor is headed on the order list */
    AcquisitionPapers(LongFunction<AcquisitionMember> members, String noVendor) {
        this.members = members;
        this.noVendor = noVendor;
    }

    /** What the letter asks for: its number, place, and who signs. */
    record Letter(String number, LocalDate date, String place, String signatoryName, String signatoryPosition) {
    }

    OrderList orderList(ForumProfile forum, PurchaseRound round, List<id.jalin.acquisition.domain.OrderLine> order,
                        Letter letter) {
        Map<String, List<OrderLine>> byVendor = new LinkedHashMap<>();
        for (id.jalin.acquisition.domain.OrderLine line : order) {
            String vendor = line.vendor().isBlank() ? noVendor : line.vendor();
            byVendor.computeIfAbsent(vendor, v -> new ArrayList<>()).addAll(printed(line));
        }
        List<VendorOrder> vendors = byVendor.entrySet().stream()
                .map(entry -> new VendorOrder(entry.getKey(), entry.getValue())).toList();
        return new OrderList(forum.letterhead(), letter.number(), letter.date(), letter.place(), round.name(),
                nameOf(round.coordinatorId()), participants(round), vendors, letter.signatoryName(),
                letter.signatoryPosition());
    }

    /**
     * One domain order line as printed lines: its lines for all apart from the members' own copies, and one printed
     * line per unit price, since every proposal line is charged at its own price.
     */
    private List<OrderLine> printed(id.jalin.acquisition.domain.OrderLine line) {
        Map<String, List<ProposalLine>> groups = new LinkedHashMap<>();
        for (ProposalLine proposal : line.lines()) {
            groups.computeIfAbsent(proposal.sharedForAll() + "/" + proposal.unitPrice().rupiah(),
                    key -> new ArrayList<>()).add(proposal);
        }
        List<OrderLine> printed = new ArrayList<>();
        for (List<ProposalLine> group : groups.values()) {
            ProposalLine first = group.get(0);
            ItemFormat format = format(first.format());
            if (first.sharedForAll()) {
                printed.add(OrderLine.forAll(first.title().isbn(), first.title().title(), first.title().author(),
                        format, first.unitPrice(), group.stream().mapToInt(ProposalLine::copies).sum()));
            } else {
                Map<Long, Integer> copies = new LinkedHashMap<>();
                group.forEach(proposal -> copies.merge(proposal.memberId(), proposal.copies(), Integer::sum));
                printed.add(OrderLine.forMembers(first.title().isbn(), first.title().title(), first.title().author(),
                        format, first.unitPrice(), copies.entrySet().stream()
                                .map(entry -> new MemberCopies(codeOf(entry.getKey()), entry.getValue())).toList()));
            }
        }
        return printed;
    }

    MemberStatement statement(ForumProfile forum, PurchaseRound round, List<ProposalLine> lines, long memberId,
                              LocalDate date) {
        List<ProposalLine> accepted = accepted(lines);
        List<StatementLine> rows = new ArrayList<>();
        for (ProposalLine line : accepted) {
            ItemFormat format = format(line.format());
            if (line.sharedForAll()) {
                Money share = shareOf(round, line, memberId);
                if (round.takesPart(memberId)) {
                    rows.add(StatementLine.shared(line.title().isbn(), line.title().title(), line.title().author(),
                            format, line.copies(), line.unitPrice(), share));
                }
            } else if (line.memberId() == memberId) {
                rows.add(StatementLine.own(line.title().isbn(), line.title().title(), line.title().author(), format,
                        line.copies(), line.unitPrice()));
            }
        }
        Money total = accepted.stream().map(ProposalLine::cost).reduce(Money.ZERO, Money::plus);
        return new MemberStatement(forum.letterhead(), date, round.name(), nameOf(round.coordinatorId()),
                participant(memberId), rows, basis(round, memberId), new BudgetContext(round.budget(), total,
                round.memberCap()));
    }

    RoundSummary summary(ForumProfile forum, PurchaseRound round, List<ProposalLine> lines, LocalDate date) {
        List<ProposalLine> accepted = accepted(lines);
        List<Long> memberIds = new ArrayList<>(round.participants().keySet());
        accepted.stream().map(ProposalLine::memberId).filter(id -> !memberIds.contains(id)).distinct()
                .forEach(memberIds::add);
        List<MemberSpend> spends = new ArrayList<>();
        for (long memberId : memberIds) {
            int copies = 0;
            Money own = Money.ZERO;
            Money shared = Money.ZERO;
            for (ProposalLine line : accepted) {
                if (line.sharedForAll()) {
                    shared = shared.plus(shareOf(round, line, memberId));
                } else if (line.memberId() == memberId) {
                    copies += line.copies();
                    own = own.plus(line.cost());
                }
            }
            spends.add(new MemberSpend(participant(memberId), copies, own, shared, round.memberCap()));
        }
        Map<ItemFormat, int[]> counts = new EnumMap<>(ItemFormat.class);
        Map<ItemFormat, Money> spent = new EnumMap<>(ItemFormat.class);
        for (ProposalLine line : accepted) {
            ItemFormat format = format(line.format());
            int[] count = counts.computeIfAbsent(format, f -> new int[2]);
            count[0]++;
            count[1] += line.copies();
            spent.merge(format, line.cost(), Money::plus);
        }
        List<FormatSpend> formats = counts.entrySet().stream().map(entry -> new FormatSpend(entry.getKey(),
                entry.getValue()[0], entry.getValue()[1], spent.get(entry.getKey()))).toList();
        return new RoundSummary(forum.letterhead(), date, round.name(), nameOf(round.coordinatorId()), round.budget(),
                spends, formats);
    }

    /** The member's part of one line bought for all; nothing for a round without participants. */
    private static Money shareOf(PurchaseRound round, ProposalLine line, long memberId) {
        if (round.participants().isEmpty()) {
            return Money.ZERO;
        }
        return RoundShares.of(round.splitRule(), List.of(CostLine.shared(line.cost())), round.participants())
                .getOrDefault(memberId, Money.ZERO);
    }

    private static SplitBasis basis(PurchaseRound round, long memberId) {
        int count = Math.max(1, round.participants().size());
        long weight = round.participants().getOrDefault(memberId, 0L);
        long total = round.participants().values().stream().mapToLong(Long::longValue).sum();
        return switch (round.splitRule()) {
            case OWN_COPIES -> SplitBasis.ownCopies(count);
            case EQUAL -> SplitBasis.equal(count);
            case WEIGHTED -> SplitBasis.weighted(count, weight, Math.max(total, Math.max(weight, 1)));
            case FIXED_PERCENT -> SplitBasis.percentage(count, weight);
        };
    }

    private static List<ProposalLine> accepted(List<ProposalLine> lines) {
        return lines.stream().filter(line -> line.decision().accepted()).toList();
    }

    private List<Participant> participants(PurchaseRound round) {
        return round.participants().keySet().stream().map(this::participant).toList();
    }

    private Participant participant(long memberId) {
        AcquisitionMember member = members.apply(memberId);
        return member == null ? new Participant("#" + memberId, "") : new Participant(member.code(), member.name());
    }

    private String codeOf(long memberId) {
        return participant(memberId).code();
    }

    private String nameOf(long memberId) {
        AcquisitionMember member = members.apply(memberId);
        return member == null ? "#" + memberId : member.name();
    }

    /** The print package's own format mirrors the domain's, constant by constant. */
    static ItemFormat format(id.jalin.acquisition.domain.ItemFormat format) {
        return ItemFormat.valueOf(format.name());
    }
}
