package cn.jiandang.identification.ui;

import cn.jiandang.base.FormCheck;
import cn.jiandang.base.Texts;
import cn.jiandang.household.HouseholdDetails;
import cn.jiandang.household.ui.ActionDialog;
import cn.jiandang.household.ui.HouseholdAction;
import cn.jiandang.identification.IdentificationCaseView;
import cn.jiandang.identification.IdentificationCases;
import cn.jiandang.identification.IdentificationSteps;
import cn.jiandang.security.CurrentOfficer;
import cn.jiandang.security.Role;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** "登记公示异议" on the household page while its identification is on public notice. */
@Component
class RaiseObjectionAction implements HouseholdAction {

    private final IdentificationCases cases;
    private final IdentificationSteps steps;
    private final CurrentOfficer current;

    RaiseObjectionAction(IdentificationCases cases, IdentificationSteps steps, CurrentOfficer current) {
        this.cases = cases;
        this.steps = steps;
        this.current = current;
    }

    @Override
    public String labelKey() {
        return "identification.objection.raise";
    }

    @Override
    public boolean appliesTo(HouseholdDetails household) {
        boolean mayRaise = current.get()
                .map(o -> o.has(Role.VILLAGE_OFFICER) || o.has(Role.TOWNSHIP_OFFICER))
                .orElse(false);
        return mayRaise
                && openCase(household).filter(c -> cases.inNotice(c.id())).isPresent();
    }

    @Override
    public void open(HouseholdDetails household, Runnable onDone) {
        UI ui = UI.getCurrent();
        IdentificationCaseView c = openCase(household).orElseThrow();
        ActionDialog dialog = new ActionDialog(ui, "identification.objection.raise", household);
        TextArea content = new TextArea(ui.getTranslation("identification.objection.content"));
        content.setWidthFull();
        content.setMaxLength(1000);
        content.setId("objection-content-input");
        FormCheck check = new FormCheck();
        check.field("content", content).required().maxLength(1000);
        dialog.open(
                check,
                "objection-submit",
                "identification.objection.raised",
                () -> steps.raiseObjection(c.id(), content.getValue()),
                onDone,
                Texts.data(new Paragraph(c.noticeText() == null ? "" : c.noticeText())),
                content);
    }

    private Optional<IdentificationCaseView> openCase(HouseholdDetails household) {
        return cases.openCaseOf(household.id());
    }
}
