package cn.jiandang.publicnotice.ui;

import cn.jiandang.base.Texts;
import cn.jiandang.common.BusinessException;
import cn.jiandang.publicnotice.ExitObjectionView;
import cn.jiandang.publicnotice.ExitObjections;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;

/**
 * The township's online objections to exit notices (a year-end list's household, a village's exit), oldest first:
 * each is registered as the case's objection or dismissed with a reason.
 */
@Route("public-objections")
@Menu(title = "exitObjections.menu", order = 42)
@RolesAllowed("TOWNSHIP_OFFICER")
public class ExitObjectionsView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private final ExitObjections objections;
    private final Grid<ExitObjectionView> grid = new Grid<>();
    private final TextArea reason = new TextArea();
    private final Button register = new Button();
    private final Button dismiss = new Button();
    private final Span message = new Span();

    public ExitObjectionsView(ExitObjections objections) {
        this.objections = objections;
        addClassName("jd-page");
        setWidthFull();
        grid.addColumn(o -> TIME.format(o.raisedAt()))
                .setHeader(getTranslation("exitObjections.raisedAt"))
                .setAutoWidth(true);
        grid.addColumn(ExitObjectionView::notice)
                .setHeader(getTranslation("exitObjections.notice"))
                .setAutoWidth(true);
        Texts.data(grid.addColumn(ExitObjectionView::subject)
                .setHeader(getTranslation("exitObjections.subject"))
                .setAutoWidth(true));
        Texts.data(grid.addColumn(o -> o.raiserName() + " " + o.raiserPhoneMasked())
                .setHeader(getTranslation("exitObjections.raiser"))
                .setAutoWidth(true));
        Texts.data(grid.addColumn(ExitObjectionView::content)
                .setHeader(getTranslation("exitObjections.content"))
                .setFlexGrow(1));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setId("exit-objections");
        grid.asSingleSelect().addValueChangeListener(e -> enable());

        reason.setLabel(getTranslation("exitObjections.reason"));
        reason.setMaxLength(500);
        reason.setWidthFull();
        reason.setId("exit-objections-reason");
        register.setText(getTranslation("exitObjections.register"));
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        register.setId("exit-objections-register");
        register.addClickListener(e -> act(o -> objections.register(o.id()), "exitObjections.registered"));
        dismiss.setText(getTranslation("exitObjections.dismiss"));
        dismiss.setId("exit-objections-dismiss");
        dismiss.addClickListener(
                e -> act(o -> objections.dismiss(o.id(), reason.getValue()), "exitObjections.dismissed"));
        message.setId("exit-objections-message");

        add(
                new H2(getTranslation("exitObjections.heading")),
                new Paragraph(getTranslation("exitObjections.note")),
                grid,
                reason,
                new HorizontalLayout(register, dismiss),
                message);
        refresh();
    }

    private void act(Consumer<ExitObjectionView> action, String doneKey) {
        ExitObjectionView selected = grid.asSingleSelect().getValue();
        if (selected == null) {
            return;
        }
        try {
            action.accept(selected);
            message.setText(getTranslation(doneKey, selected.id()));
            reason.clear();
            reason.setInvalid(false);
            refresh();
        } catch (BusinessException e) {
            // e.g. the notice period is over (then dismiss it) or no reason given: said beside the buttons
            message.setText(e.getMessage());
            if (e.fieldErrors().containsKey("reason")) {
                reason.setErrorMessage(e.fieldErrors().get("reason"));
                reason.setInvalid(true);
            }
        }
    }

    private void refresh() {
        grid.setItems(objections.pending());
        enable();
    }

    private void enable() {
        boolean chosen = grid.asSingleSelect().getValue() != null;
        register.setEnabled(chosen);
        dismiss.setEnabled(chosen);
    }

    @Override
    public String getPageTitle() {
        return Texts.title("title.exitObjections");
    }
}
