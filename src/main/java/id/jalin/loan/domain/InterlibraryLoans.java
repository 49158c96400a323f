package id.jalin.loan.domain;

import id.jalin.kernel.access.Actor;
import id.jalin.kernel.access.Permissions;
import id.jalin.kernel.paging.Page;
import id.jalin.kernel.paging.PageRequest;
import id.jalin.kernel.validation.SaveResult;
import id.jalin.kernel.validation.Validation;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Interlibrary loans between members (decision record 0027). Who may do what (0016): a library's staff ask for
 * their own users and take the borrower's steps on their own requests, and take the lender's steps on requests
 * their library is asked to lend; forum staff may take either side's steps for a member that phones or mails;
 * only a coordinator closes a stuck request by hand.
 */
public final class InterlibraryLoans {
    private final LoanRepository repository;
    private final LoanMembers members;
    private final LoanHolders holders;
    private final Clock clock;
    private final Permissions permissions;

    public InterlibraryLoans(LoanRepository repository, LoanMembers members, LoanHolders holders, Clock clock,
                             Permissions permissions) {
        this.repository = repository;
        this.members = members;
        this.holders = holders;
        this.clock = clock;
        this.permissions = permissions;
    }

    /** The same service on another clock: the demo data tell a season of loans, each step on its own day. */
    public InterlibraryLoans withClock(Clock other) {
        return new InterlibraryLoans(repository, members, holders, other, permissions);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    /** The library whose desk the signed-in person keeps, if they belong to one. */
    public Optional<Long> ownLibrary() {
        return permissions.actor().library();
    }

    public boolean mayAskFor(long borrowerId) {
        return permissions.mayChangeLibrary(borrowerId);
    }

    public boolean mayKeepRulesOf(long memberId) {
        return permissions.mayChangeLibrary(memberId);
    }

    /** Members in code order, those that left included: names for lists and filters. */
    public List<LoanMember> members() {
        return members.all();
    }

    /**
     * The lenders Jalin proposes for an item: the members holding the catalogue work, in the default rota order;
     * for an item typed in by hand (no work), every active member but the borrower, the least busy first.
     */
    public List<LenderChoice> proposeRota(long borrowerId, ServiceKind service, ItemKind kind, Long workId) {
        List<HeldCopy> held = workId == null ? List.of() : holders.holdersOf(workId);
        Set<Long> ids = new HashSet<>();
        held.forEach(copy -> ids.add(copy.memberId()));
        if (workId == null) {
            members.all().stream().filter(LoanMember::active).forEach(member -> ids.add(member.id()));
        }
        Map<Long, LoanMember> known = members.members(ids);
        return RotaProposal.propose(borrowerId, service, kind, workId == null ? heldByAll(ids) : held, known,
                repository.rules(ids), repository.openRequests(ids));
    }

    private static List<HeldCopy> heldByAll(Set<Long> ids) {
        return ids.stream().map(id -> new HeldCopy(id, 0, "")).collect(Collectors.toCollection(ArrayList::new));
    }

    /** Stores a new request and asks the first lender of its rota. */
    public SaveResult<LoanRequest> request(NewLoanRequest given) {
        return open(given, permissions.requireLibrary(given.borrowerId(), "ask for an interlibrary loan"));
    }

    /**
     * Records a request that came as an ISO 18626 message from the borrower's own system: the lender it was sent to
     * (the first of its rota) is the one recording it.
     */
    public SaveResult<LoanRequest> requestFromMessage(NewLoanRequest given) {
        if (given.lenders().isEmpty()) {
            return request(given);
        }
        return open(given, permissions.requireLibrary(given.lenders().get(0), "record a request sent to us"));
    }

    /**
     * Records a step the other side took in its own system and sent as an ISO 18626 message: the library that
     * received the message records it, so the permission asked is for the receiving side.
     */
    public SaveResult<LoanRequest> takeFromMessage(LoanRequest read, LoanStep step) {
        switch (step.action().side()) {
            case LENDER -> permissions.requireLibrary(read.borrowerId(), "record a lender's message");
            case BORROWER -> permissions.requireLibrary(read.lenderId(), "record a borrower's message");
            case COORDINATOR, JALIN -> permissions.requireCoordinator("record a message");
        }
        return stepOn(read, step);
    }

    /** The request another system sent, under the id that system gave it. */
    public Optional<LoanRequest> findByRemoteId(String remoteId) {
        return remoteId == null || remoteId.isBlank() ? Optional.empty() : repository.findByRemoteId(remoteId.strip());
    }

    private SaveResult<LoanRequest> open(NewLoanRequest given, Actor actor) {
        Set<Long> ids = new HashSet<>(given.lenders());
        ids.add(given.borrowerId());
        Set<Long> holding = new HashSet<>();
        if (given.item().workId() != null) {
            holders.holdersOf(given.item().workId()).forEach(copy -> holding.add(copy.memberId()));
        }
        Validation validation = LoanRules.validate(given, members.members(ids), holding);
        if (!validation.isValid()) {
            return SaveResult.invalid(validation);
        }
        LocalDateTime now = LocalDateTime.now(clock);
        LoanRequest draft = new LoanRequest(null, "", given.remoteId(), given.borrowerId(), given.patron(),
                given.service(), given.item(), given.copyrightNote(), given.neededBy(), given.note(),
                List.of(new RotaEntry(1, given.lenders().get(0), RotaAnswer.ASKED, "", null)), 1,
                LoanState.REQUESTED, "", null, null, null, 0, 0, null, now, null, now, 0);
        LoanOutcome.Moved opened = LoanStateMachine.open(draft, given.lenders(), now, actor.signature());
        return SaveResult.store(Validation.ok(), () -> repository.insert(opened.request(), opened.events()));
    }

    /**
     * Takes a step on the request as read at {@code version}. A step that makes no sense now is refused with the
     * reason (an {@link SaveResult.Invalid} on the field {@code step}); one taken on an older reading is stale.
     */
    public SaveResult<LoanRequest> take(LoanRequest read, LoanStep step) {
        requireSide(read, step.action());
        return stepOn(read, step);
    }

    private SaveResult<LoanRequest> stepOn(LoanRequest read, LoanStep step) {
        LoanRequest current = repository.find(read.id()).orElse(null);
        if (current == null) {
            return new SaveResult.Gone<>(read.label());
        }
        if (current.version() != read.version()) {
            return new SaveResult.Stale<>(read.label());
        }
        LendingRules rules = rulesOf(current.lenderId());
        LoanOutcome outcome = LoanStateMachine.take(current, step, rules, LocalDateTime.now(clock),
                permissions.actor().signature());
        if (outcome instanceof LoanOutcome.Refused refused) {
            return SaveResult.invalid(Validation.builder()
                    .error("step", refused.messageKey(), refused.args().toArray()).build());
        }
        LoanOutcome.Moved moved = (LoanOutcome.Moved) outcome;
        return SaveResult.store(Validation.ok(), () -> repository.update(moved.request(), moved.events()));
    }

    /** The steps the signed-in person may take on the request now: what makes sense, narrowed to their sides. */
    public List<LoanAction> actionsFor(LoanRequest request) {
        return LoanStateMachine.possible(request).stream().filter(action -> mayTake(request, action)).toList();
    }

    public boolean mayTake(LoanRequest request, LoanAction action) {
        return switch (action.side()) {
            case BORROWER -> permissions.mayChangeLibrary(request.borrowerId());
            case LENDER -> permissions.mayChangeLibrary(request.lenderId());
            case COORDINATOR -> permissions.mayAdminister();
            case JALIN -> false;
        };
    }

    private void requireSide(LoanRequest request, LoanAction action) {
        switch (action.side()) {
            case BORROWER -> permissions.requireLibrary(request.borrowerId(), "take a borrower's loan step");
            case LENDER -> permissions.requireLibrary(request.lenderId(), "take a lender's loan step");
            case COORDINATOR, JALIN -> permissions.requireCoordinator("close a loan request by hand");
        }
    }

    /** Where the lender shelves the work, from the union catalogue (for the slip); empty for an item typed in. */
    public String callNumberAtLender(LoanRequest request) {
        if (request.item().workId() == null) {
            return "";
        }
        return String.join(", ", holders.holdersOf(request.item().workId()).stream()
                .filter(copy -> copy.memberId() == request.lenderId()).map(HeldCopy::callNumber)
                .filter(number -> !number.isBlank()).distinct().toList());
    }

    public Optional<LoanRequest> find(long id) {
        return repository.find(id);
    }

    /** The request a typed or scanned number names; empty when the text is no request number or no such request. */
    public Optional<LoanRequest> findByNumber(String typed) {
        return LoanNumber.read(typed).flatMap(number -> repository.findByNumber(number.text()));
    }

    public List<LoanEvent> history(long requestId) {
        return repository.history(requestId);
    }

    public Page<LoanRequest> page(LoanFilter filter, PageRequest<LoanSort> request) {
        return repository.page(filter, request);
    }

    /** Every request out on loan past its due date today, by borrower. */
    public List<LoanRequest> overdue() {
        return repository.overdue(today());
    }

    /**
     * What this desk's start screen lists: requests out on loan past their due date (the whole forum's for the
     * forum's staff, those the library lent or borrowed for a member's desk) and, for a member's desk, requests whose
     * next step is the library's. At most {@code limit} of each, the longest waiting first; a request both overdue and
     * waiting is listed once, as overdue.
     */
    public List<LoanReminder> reminders(int limit) {
        LocalDate today = today();
        Long library = ownLibrary().orElse(null);
        List<LoanReminder> reminders = new java.util.ArrayList<>();
        java.util.Set<Long> listed = new java.util.HashSet<>();
        // without a library the overdue view is the whole forum's
        LoanFilter overdue = new LoanFilter(LoanView.OVERDUE, library, java.util.Set.of(), null, null, null, "",
                today);
        for (LoanRequest request : repository.page(overdue, oldestFirst(LoanSort.DUE, limit)).rows()) {
            listed.add(request.id());
            reminders.add(new LoanReminder(LoanReminder.Kind.OVERDUE, request, request.dueOn()));
        }
        if (library != null) {
            LoanFilter waiting = new LoanFilter(LoanView.WAITING_ON_ME, library, java.util.Set.of(), null, null, null,
                    "", today);
            for (LoanRequest request : repository.page(waiting, oldestFirst(LoanSort.REQUESTED, limit)).rows()) {
                if (listed.add(request.id())) {
                    reminders.add(new LoanReminder(LoanReminder.Kind.YOUR_TURN, request,
                            request.lastChange() == null ? today : request.lastChange().toLocalDate()));
                }
            }
        }
        return reminders;
    }

    private static id.jalin.kernel.paging.PageRequest<LoanSort> oldestFirst(LoanSort sort, int limit) {
        return new id.jalin.kernel.paging.PageRequest<>(0, limit, sort, id.jalin.kernel.paging.SortDirection.ASCENDING, "");
    }

    /**
     * A numbered overdue letter to a borrowing library, or empty when it holds nothing overdue. The number is taken
     * for good: the letter is being sent.
     *
     * @param forumCode the forum's short code for the letter number
     */
    public Optional<OverdueLetter> overdueLetter(long borrowerId, String forumCode) {
        permissions.requireForumStaff("number an overdue letter");
        LocalDate today = today();
        List<LoanRequest> items = repository.overdue(today).stream()
                .filter(request -> request.borrowerId() == borrowerId)
                .sorted(Comparator.comparing(LoanRequest::dueOn).thenComparing(LoanRequest::number)).toList();
        LoanMember borrower = members.members(List.of(borrowerId)).get(borrowerId);
        if (items.isEmpty() || borrower == null) {
            return Optional.empty();
        }
        String number = id.jalin.forum.domain.LetterNumbering.format(repository.nextLetterNumber(today.getYear()),
                OverdueLetter.SERIES, forumCode, today);
        return Optional.of(new OverdueLetter(number, today, borrower, items));
    }

    public boolean mayWriteLetters() {
        return permissions.mayChangeForumRecords();
    }

    public LendingRules rulesOf(long memberId) {
        return repository.rules(List.of(memberId)).getOrDefault(memberId, LendingRules.defaults(memberId));
    }

    public SaveResult<LendingRules> saveRules(LendingRules rules) {
        permissions.requireLibrary(rules.memberId(), "set a library's lending rules");
        return SaveResult.store(LoanRules.validate(rules), () -> repository.saveRules(rules));
    }

    /** Each member's figures for requests made from {@code from} to {@code to}, by member code. */
    public List<MemberLoanFigures> figures(LocalDate from, LocalDate to) {
        Map<Long, String> codes = members.all().stream().collect(Collectors.toMap(LoanMember::id, LoanMember::code));
        List<MemberLoanFigures> figures = new ArrayList<>(repository.figures(from, to, today()));
        figures.sort(Comparator.comparing(figure -> codes.getOrDefault(figure.memberId(), "")));
        return figures;
    }
}
