package cn.jiandang.tasks.ui;

import cn.jiandang.base.Texts;
import cn.jiandang.region.RegionCode;
import cn.jiandang.region.RegionService;
import cn.jiandang.tasks.TaskFilter;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The list's filters: procedure, step, village (above the village level) and overdue only. */
class TaskFilterBar extends HorizontalLayout {

    private final Select<String> procedure = new Select<>();
    private final TextField step = new TextField();
    private final Checkbox overdue = new Checkbox();
    private final VillageChoice village;

    /**
     * @param procedures process key to the procedure's name in the models
     * @param root the officer's region, whose villages may be chosen
     */
    TaskFilterBar(Map<String, String> procedures, RegionService regions, RegionCode root, Runnable onChange) {
        List<String> keys = new ArrayList<>();
        keys.add("");
        keys.addAll(procedures.keySet());
        procedure.setLabel(getTranslation("tasks.col.procedure"));
        procedure.setItems(keys);
        procedure.setItemLabelGenerator(
                k -> k.isEmpty() ? getTranslation("tasks.all") : Texts.procedure(k, procedures.getOrDefault(k, k)));
        procedure.setValue("");
        procedure.setId("filter-procedure");
        step.setLabel(getTranslation("tasks.col.step"));
        step.setValueChangeMode(ValueChangeMode.LAZY);
        step.setClearButtonVisible(true);
        step.setId("filter-step");
        overdue.setLabel(getTranslation("tasks.overdueOnly"));
        overdue.setId("filter-overdue");
        village = new VillageChoice(regions, root);
        // after the initial values: setting them is not a change the officer made
        procedure.addValueChangeListener(e -> onChange.run());
        step.addValueChangeListener(e -> onChange.run());
        village.addValueChangeListener(e -> onChange.run());
        overdue.addValueChangeListener(e -> onChange.run());
        add(procedure, step, village, overdue);
        setAlignItems(FlexComponent.Alignment.BASELINE);
    }

    TaskFilter filter(TaskFilter.Scope scope) {
        return TaskFilter.of(
                scope,
                procedure.getValue() == null || procedure.getValue().isEmpty() ? null : procedure.getValue(),
                step.getValue(),
                overdue.getValue(),
                village.getValue() == null ? null : village.getValue().code());
    }
}
