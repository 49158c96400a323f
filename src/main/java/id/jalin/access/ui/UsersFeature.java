package id.jalin.access.ui;

import id.jalin.access.domain.UserService;
import id.jalin.access.domain.WorkstationSignIn;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.task.TaskExecutor;
import id.jalin.kernel.ui.Feature;
import id.jalin.member.domain.MemberService;
import java.time.Clock;
import javafx.scene.Node;

/** The coordinator's list of users in the navigation. The app offers it to coordinators only; the service checks. */
public final class UsersFeature implements Feature {
    public static final String ID = "users";

    private final UserService users;
    private final MemberService members;
    private final WorkstationSignIn workstation;
    private final TaskExecutor executor;
    private final Clock clock;

    public UsersFeature(UserService users, MemberService members, WorkstationSignIn workstation,
                        TaskExecutor executor, Clock clock) {
        this.users = users;
        this.members = members;
        this.workstation = workstation;
        this.executor = executor;
        this.clock = clock;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String titleKey() {
        return "access.users.nav";
    }

    @Override
    public Node createView(Messages messages) {
        return new UsersView(users, members, workstation, executor, clock, messages).root();
    }
}
