package cn.jiandang.identification.ui;

import cn.jiandang.base.Texts;
import cn.jiandang.household.Category;
import cn.jiandang.household.PovertyFactor;
import cn.jiandang.identification.IdentificationCaseView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** What the identification's forms and dialogs share: the case summary and notice, the causes-or-risks fields. */
final class IdentificationFields {

    private IdentificationFields() {}

    static Paragraph summary(UI ui, IdentificationCaseView c) {
        String separator = ui.getTranslation("validation.labelSeparator");
        String factors =
                c.factors().stream().map(Texts::of).collect(Collectors.joining(ui.getTranslation("list.separator")));
        Paragraph p = new Paragraph();
        if (c.householdId() == null) {
            // the applicant's name is data
            p.add(
                    new Span(ui.getTranslation("identification.newHousehold") + " · "),
                    Texts.data(new Span(c.applicantHeadName())),
                    new Span(" · "));
        }
        p.add(new Span(ui.getTranslation("identification.kind") + separator
                + Texts.of(c.kind())
                + " · " + Texts.of(c.channel()) + " · " + ui.getTranslation("identification.factors") + separator
                + factors
                + (c.returnCause() == null
                        ? ""
                        : " · " + ui.getTranslation("identification.returnCause") + separator
                                + Texts.of(c.returnCause()))));
        p.setId("identification-summary");
        return p;
    }

    static Paragraph notice(UI ui, IdentificationCaseView c) {
        // the notice as posted in the village: a document, shown as written
        Paragraph p = Texts.data(new Paragraph(c.noticeText() == null ? "" : c.noticeText()));
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
        box.setItemLabelGenerator(Texts::of);
        box.setItems(Arrays.stream(PovertyFactor.values())
                .filter(PovertyFactor::isCause)
                .toList());
        box.setEmptySelectionAllowed(true);
        box.setId("identification-return-cause");
        return box;
    }

    static MultiSelectComboBox<PovertyFactor> factorBox(String label) {
        MultiSelectComboBox<PovertyFactor> box = new MultiSelectComboBox<>(label);
        box.setItemLabelGenerator(Texts::of);
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
