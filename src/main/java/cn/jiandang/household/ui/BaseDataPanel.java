package cn.jiandang.household.ui;

import cn.jiandang.base.Texts;
import cn.jiandang.featureaccess.Feature;
import cn.jiandang.household.HouseholdDetails;
import cn.jiandang.household.Relocation;
import cn.jiandang.household.basedata.BaseDataService;
import cn.jiandang.household.basedata.FieldDiff;
import cn.jiandang.household.basedata.VersionView;
import cn.jiandang.household.naturalchange.NaturalChangeService;
import cn.jiandang.household.naturalchange.NaturalChangeView;
import cn.jiandang.security.Masking;
import cn.jiandang.security.OfficerDirectory;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/** The household page's base data beyond incomes: relocation (R9), natural changes (R11), versions (R8). */
class BaseDataPanel extends VerticalLayout {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private final BaseDataService baseData;
    private final long householdId;
    private final OfficerDirectory officers;

    /** {@code closed}: the R12 functions of base data (editing, natural changes) the province has not opened. */
    BaseDataPanel(
            BaseDataService baseData,
            NaturalChangeService naturalChanges,
            OfficerDirectory officers,
            HouseholdDetails h,
            List<Feature> closed) {
        this.baseData = baseData;
        this.officers = officers;
        this.householdId = h.id();
        setPadding(false);
        if (!closed.isEmpty()) {
            Span notice =
                    new Span(getTranslation("gating.baseDataClosed", Labels.features(this::getTranslation, closed)));
            notice.setId("base-data-closed");
            notice.getStyle().set("color", "var(--lumo-secondary-text-color)");
            add(notice);
        }
        if (h.relocation() != null) {
            add(new H3(getTranslation("registry.relocation")), relocation(h.relocation()));
        }
        add(new H3(getTranslation("registry.naturalChanges")), naturalChanges(naturalChanges.list(householdId)));
        add(new H3(getTranslation("registry.versions")));
        versions(baseData.versions(householdId));
    }

    private FormLayout relocation(Relocation r) {
        FormLayout form = new FormLayout();
        form.setId("relocation");
        form.addFormItem(
                new Span(r.before().longitude().toPlainString() + ", "
                        + r.before().latitude().toPlainString()),
                getTranslation("registry.relocation.before"));
        form.addFormItem(
                new Span(r.after().longitude().toPlainString() + ", "
                        + r.after().latitude().toPlainString()),
                getTranslation("registry.relocation.after"));
        return form;
    }

    private Grid<NaturalChangeView> naturalChanges(List<NaturalChangeView> changes) {
        Grid<NaturalChangeView> grid = compact(new Grid<>(), "natural-changes");
        grid.addColumn(c -> c.month().toString()).setHeader(getTranslation("registry.change.month"));
        grid.addColumn(c -> Texts.of(c.kind())).setHeader(getTranslation("registry.change.kind"));
        Texts.data(grid.addColumn(NaturalChangeView::memberName).setHeader(getTranslation("household.member.name")));
        grid.addColumn(c -> Masking.idNumber(c.idNumber())).setHeader(getTranslation("household.member.id"));
        grid.addColumn(c -> c.originalMonth() == null ? "" : c.originalMonth().toString())
                .setHeader(getTranslation("registry.change.originalMonth"));
        Map<String, String> names = officers.displayNames(
                changes.stream().map(NaturalChangeView::recordedBy).toList());
        Texts.data(grid.addColumn(c -> Labels.actor(this::getTranslation, names, c.recordedBy())))
                .setTooltipGenerator(NaturalChangeView::recordedBy)
                .setHeader(getTranslation("household.history.by"));
        grid.setItems(changes);
        return grid;
    }

    private void versions(List<VersionView> versions) {
        Grid<VersionView> grid = compact(new Grid<>(), "versions");
        grid.addColumn(VersionView::number).setHeader(getTranslation("registry.version.number"));
        grid.addColumn(v -> WHEN.format(v.changedAt())).setHeader(getTranslation("household.history.when"));
        Map<String, String> names = officers.displayNames(
                versions.stream().map(VersionView::changedBy).toList());
        Texts.data(grid.addColumn(v -> Labels.actor(this::getTranslation, names, v.changedBy())))
                .setTooltipGenerator(VersionView::changedBy)
                .setHeader(getTranslation("household.history.by"));
        grid.addColumn(v -> Labels.procedure(this::getTranslation, v.procedure()))
                .setHeader(getTranslation("household.history.procedure"));
        grid.setItems(versions);
        add(grid);
        if (versions.size() < 2) {
            return;
        }
        List<Integer> numbers = versions.stream().map(VersionView::number).toList();
        Select<Integer> from = select("version-from", "registry.version.from", numbers, numbers.size() - 2);
        Select<Integer> to = select("version-to", "registry.version.to", numbers, numbers.size() - 1);
        Grid<FieldDiff> diff = compact(new Grid<>(), "version-diff");
        // labels name members (data) and values hold names and places: the columns are data as well as words
        Codes.data(diff.addColumn(FieldDiff::label).setHeader(getTranslation("registry.diff.field")));
        Codes.data(diff.addColumn(FieldDiff::before).setHeader(getTranslation("registry.diff.before")));
        Codes.data(diff.addColumn(FieldDiff::after).setHeader(getTranslation("registry.diff.after")));
        Button compare = new Button(
                getTranslation("registry.version.compare"),
                e -> diff.setItems(baseData.compare(householdId, from.getValue(), to.getValue(), Codes.wording(this))));
        compare.setId("version-compare");
        HorizontalLayout controls = new HorizontalLayout(from, to, compare);
        controls.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(controls, diff);
        diff.setItems(baseData.compare(householdId, from.getValue(), to.getValue(), Codes.wording(this)));
    }

    private Select<Integer> select(String id, String labelKey, List<Integer> numbers, int selected) {
        Select<Integer> select = new Select<>();
        select.setId(id);
        select.setLabel(getTranslation(labelKey));
        select.setItems(numbers);
        select.setValue(numbers.get(selected));
        return select;
    }

    private static <T> Grid<T> compact(Grid<T> grid, String id) {
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setId(id);
        return grid;
    }
}
