package cn.jiandang.tasks.ui;

import cn.jiandang.base.Texts;
import cn.jiandang.tasks.TaskRow;
import cn.jiandang.tasks.WorkTasks;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/**
 * The action cell of a row: claim, give back or hand over a task the officer may work on; who has a task it only
 * watches, never a button the service would refuse.
 */
final class TaskActions {

    private final WorkTasks work;
    private final String username;
    private final Runnable onChange;

    TaskActions(WorkTasks work, String username, Runnable onChange) {
        this.work = work;
        this.username = username;
        this.onChange = onChange;
    }

    Component cell(TaskRow r) {
        if (!r.mayAct()) {
            Span watched = r.task().assignee() == null
                    ? new Span(t("tasks.watched"))
                    : Texts.message("tasks.claimedBy", r.assigneeName());
            watched.addClassName("jd-muted");
            watched.setTitle(t("tasks.watched.help"));
            return watched;
        }
        if (r.task().assignee() == null) {
            Button claim = new Button(t("tasks.claim"), e -> {
                work.claim(r.task().id());
                onChange.run();
            });
            claim.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            return new HorizontalLayout(claim, handOver(r));
        }
        if (username.equals(r.task().assignee())) {
            Button unclaim = new Button(t("tasks.unclaim"), e -> {
                work.unclaim(r.task().id());
                onChange.run();
            });
            unclaim.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            return new HorizontalLayout(unclaim, handOver(r));
        }
        Span claimed = Texts.message("tasks.claimedBy", r.assigneeName());
        claimed.setTitle(r.task().assignee());
        return claimed;
    }

    private Button handOver(TaskRow r) {
        Button handOver = new Button(
                t("tasks.handOver"),
                e -> new HandOverDialog(work, r.task().id(), TaskRowLabels.step(r), onChange).open());
        handOver.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        handOver.addClassName("jd-handover");
        return handOver;
    }

    /** Cells are made while the grid renders, within the officer's UI and in its language. */
    private static String t(String key) {
        return UI.getCurrent().getTranslation(key);
    }
}
