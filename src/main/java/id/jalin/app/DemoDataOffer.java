package id.jalin.app;

import id.jalin.kernel.ui.FailureExplainer;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.settings.Setting;
import id.jalin.kernel.task.BackgroundTask;
import id.jalin.kernel.ui.Dialogs;
import id.jalin.agreement.domain.DemoAgreements;
import id.jalin.crossservice.domain.DemoCrossService;
import id.jalin.member.domain.DemoForum;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import javafx.stage.Stage;

/**
 * On the first start on an empty database, offers a West Java demo forum to explore. Asked once per database,
 * so a forum that declines is not asked again.
 */
final class DemoDataOffer {
    private final AppContext context;
    private final Messages messages;
    private final Stage stage;
    private final Runnable afterLoad;

    DemoDataOffer(AppContext context, Messages messages, Stage stage, Runnable afterLoad) {
        this.context = context;
        this.messages = messages;
        this.stage = stage;
        this.afterLoad = afterLoad;
    }

    void offerIfEmpty() {
        String database = context.currentConnection().jdbcUrl();
        Set<String> asked = new HashSet<>(Arrays.asList(context.settings().get(Setting.DEMO_DATA_OFFERED).split("\n")));
        if (asked.contains(database)) {
            return;
        }
        context.executor().execute(BackgroundTask.wrap(progress -> context.members().libraries().isEmpty())
                .onSuccess(empty -> {
                    if (!empty) {
                        return;
                    }
                    asked.add(database);
                    context.settings().put(Setting.DEMO_DATA_OFFERED, String.join("\n", asked));
                    context.settings().flush();
                    Dialogs dialogs = new Dialogs(messages);
                    if (dialogs.confirm(stage, messages.get("demo.offer.title"), messages.get("demo.offer.text"),
                            messages.get("demo.offer.load"))) {
                        load(dialogs);
                    }
                }));
    }

    private void load(Dialogs dialogs) {
        context.executor().execute(BackgroundTask.wrap(progress -> {
                    int members = DemoForum.loadInto(context.members(), progress);
                    DemoAgreements.loadInto(context.agreements(), context.members(), progress);
                    var cross = context.crossService();
                    DemoCrossService.loadInto(context.members(), cross.holders(), cross.cards(), cross.visits(), progress);
                    return members;
                })
                .withProgress(messages.get("demo.progress"))
                .onSuccess(count -> afterLoad.run())
                .onFailure(failure -> dialogs.error(stage, messages.get("demo.offer.title"),
                        messages.get("demo.failed", new FailureExplainer(messages).reason(failure)))));
    }
}
