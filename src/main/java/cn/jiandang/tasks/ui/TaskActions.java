package cn.jiandang.tasks.ui;

import cn.jiandang.base.Texts;
import cn.jiandang.tasks.TaskRow;
import cn.jiandang.tasks.WorkTasks;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.renderer.Renderer;

/**
 * The action cell of a row: claim, give back or hand over a task the officer may work on; who has a task it only
 * watches, never a button the service would refuse. One Lit template for the whole column, filled from a few
 * properties per row (issue 14, P3): a component per cell cost two to four server-side components per row, built for
 * every page. The labels are put into the template once, in the officer's language; the holder's name is data.
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

    /** Made when the grid is built, within the officer's UI and in its language. */
    Renderer<TaskRow> renderer() {
        String[] claimedBy = t("tasks.claimedBy", "\uE000").split("\uE000", 2);
        // the buttons side by side with the spacing the HorizontalLayout of the former component cell gave them
        String template = "<vaadin-horizontal-layout theme='spacing'>"
                + "<vaadin-button theme='small tertiary' ?hidden=${item.noClaim} @click=${claim}>"
                + html(t("tasks.claim")) + "</vaadin-button>"
                + "<vaadin-button theme='small tertiary' ?hidden=${item.noUnclaim} @click=${unclaim}>"
                + html(t("tasks.unclaim")) + "</vaadin-button>"
                + "<vaadin-button class='jd-handover' theme='small tertiary' ?hidden=${item.noHandOver}"
                + " @click=${handOver}>" + html(t("tasks.handOver")) + "</vaadin-button></vaadin-horizontal-layout>"
                + "<span class='jd-muted' title='" + html(t("tasks.watched.help")) + "' ?hidden=${item.noWatched}>"
                + html(t("tasks.watched")) + "</span>"
                + "<span class=${item.heldClass} title=${item.heldTitle} ?hidden=${item.noHeld}>"
                + html(claimedBy[0]) + "<span " + Texts.DATA + ">${item.holder}</span>"
                + html(claimedBy.length > 1 ? claimedBy[1] : "") + "</span>";
        return LitRenderer.<TaskRow>of(template)
                .withProperty("noClaim", r -> !(r.mayAct() && r.task().assignee() == null))
                .withProperty("noUnclaim", r -> !(r.mayAct() && mine(r)))
                .withProperty("noHandOver", r -> !(r.mayAct() && (r.task().assignee() == null || mine(r))))
                .withProperty("noWatched", r -> r.mayAct() || r.task().assignee() != null)
                .withProperty("noHeld", r -> r.task().assignee() == null || (r.mayAct() && mine(r)))
                .withProperty("holder", r -> r.assigneeName() == null ? "" : r.assigneeName())
                // a watched task's holder is muted and explained; another's claim in "mine" names the username
                .withProperty("heldClass", r -> r.mayAct() ? "" : "jd-muted")
                .withProperty(
                        "heldTitle", r -> r.mayAct() ? String.valueOf(r.task().assignee()) : t("tasks.watched.help"))
                .withFunction("claim", this::claim)
                .withFunction("unclaim", this::unclaim)
                .withFunction("handOver", this::handOver);
    }

    private boolean mine(TaskRow r) {
        return username.equals(r.task().assignee());
    }

    private void claim(TaskRow r) {
        work.claim(r.task().id());
        onChange.run();
    }

    private void unclaim(TaskRow r) {
        work.unclaim(r.task().id());
        onChange.run();
    }

    private void handOver(TaskRow r) {
        new HandOverDialog(work, r.task().id(), TaskRowLabels.step(r), onChange).open();
    }

    private static String html(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("'", "&#39;")
                .replace("\"", "&quot;");
    }

    private static String t(String key, Object... params) {
        return UI.getCurrent().getTranslation(key, params);
    }
}
