package cn.jiandang.identification.ui;

import cn.jiandang.household.Category;
import cn.jiandang.household.PovertyFactor;
import cn.jiandang.identification.IdentificationCaseView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** What the identification's forms and dialogs share: the case summary and notice, the causes-or-risks fields. */
final class IdentificationFields {

    private IdentificationFields() {}

    static Paragraph summary(UI ui, IdentificationCaseView c) {
        String head = c.householdId() == null
                ? ui.getTranslation("identification.newHousehold") + " · " + c.applicantHeadName() + " · "
                : "";
        String factors = c.factors().stream()
                .map(PovertyFactor::label)
                .reduce((a, b) -> a + "、" + b)
                .orElse("");
        Paragraph p = new Paragraph(head + ui.getTranslation("identification.kind") + "："
                + c.kind().label()
                + " · " + c.channel().label() + " · " + ui.getTranslation("identification.factors") + "：" + factors
                + (c.returnCause() == null
                        ? ""
                        : " · " + ui.getTranslation("identification.returnCause") + "："
                                + c.returnCause().label()));
        p.setId("identification-summary");
        return p;
    }

    static Paragraph notice(UI ui, IdentificationCaseView c) {
        Paragraph p = new Paragraph(c.noticeText() == null ? "" : c.noticeText());
        p.setId("identification-notice");
        return p;
    }

    static Component layout(Component... parts) {
        VerticalLayout layout = new VerticalLayout(parts);
        layout.setPadding(false);
        layout.setMaxWidth("40em");
        return layout;
    }

    static Set<PovertyFactor> copy(Set<PovertyFactor> values) {
        return values.isEmpty() ? EnumSet.noneOf(PovertyFactor.class) : EnumSet.copyOf(values);
    }

    static Select<PovertyFactor> returnCauseBox(UI ui) {
        Select<PovertyFactor> box = new Select<>();
        box.setLabel(ui.getTranslation("identification.returnCause"));
        box.setItemLabelGenerator(f -> f == null ? "" : f.label());
        box.setItems(Arrays.stream(PovertyFactor.values())
                .filter(PovertyFactor::isCause)
                .toList());
        box.setEmptySelectionAllowed(true);
        box.setId("identification-return-cause");
        return box;
    }

    static MultiSelectComboBox<PovertyFactor> factorBox(String label) {
        MultiSelectComboBox<PovertyFactor> box = new MultiSelectComboBox<>(label);
        box.setItemLabelGenerator(PovertyFactor::label);
        box.setWidthFull();
        return box;
    }

    /** Causes for poor kinds, the whole risk list for monitoring objects. */
    static void limitFactors(MultiSelectComboBox<PovertyFactor> box, Category kind) {
        List<PovertyFactor> items = Arrays.stream(PovertyFactor.values())
                .filter(f -> kind == null || kind.isMonitoringObject() || f.isCause())
                .toList();
        Set<PovertyFactor> kept = EnumSet.noneOf(PovertyFactor.class);
        box.getValue().stream().filter(items::contains).forEach(kept::add);
        box.setItems(items);
        box.setValue(kept);
    }
}
