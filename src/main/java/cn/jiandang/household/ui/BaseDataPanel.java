package cn.jiandang.household.ui;

import cn.jiandang.featureaccess.Feature;
import cn.jiandang.household.HouseholdDetails;
import cn.jiandang.household.Relocation;
import cn.jiandang.household.basedata.BaseDataService;
import cn.jiandang.household.basedata.FieldDiff;
import cn.jiandang.household.basedata.IncomeView;
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

import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The household page's base data: incomes with period and per-capita (R5, R6), relocation (R9), natural changes (R11), versions (R8). */
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
        add(new H3(getTranslation("registry.incomes")), incomePeriod(), incomes());
        if (h.relocation() != null) {
            add(new H3(getTranslation("registry.relocation")), relocation(h.relocation()));
        }
        add(new H3(getTranslation("registry.naturalChanges")), naturalChanges(naturalChanges.list(householdId)));
        add(new H3(getTranslation("registry.versions")));
        versions(baseData.versions(householdId));
    }

    private Span incomePeriod() {
        Span period = new Span(getTranslation("registry.incomePeriod") + ": "
                + baseData.incomePeriod(householdId).map(Object::toString).orElse("—"));
        period.setId("income-period");
        return period;
    }

    private Grid<IncomeView> incomes() {
        Grid<IncomeView> grid = compact(new Grid<>(), "incomes");
        grid.addColumn(i -> i.record().year()).setHeader(getTranslation("registry.income.year"));
        money(grid, "registry.income.wages", i -> i.record().wages());
        money(grid, "registry.income.production", i -> i.record().production());
        money(grid, "registry.income.property", i -> i.record().property());
        money(grid, "registry.income.transfer", i -> i.record().transfer());
        money(grid, "registry.income.costs", i -> i.record().productionCosts());
        money(grid, "registry.income.net", IncomeView::net);
        grid.addColumn(IncomeView::sizeAtCountingDate).setHeader(getTranslation("registry.income.size"));
        money(grid, "registry.income.perCapita", IncomeView::perCapita);
        grid.setItems(baseData.incomes(householdId));
        return grid;
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
        grid.addColumn(c -> c.kind().label()).setHeader(getTranslation("registry.change.kind"));
        grid.addColumn(NaturalChangeView::memberName).setHeader(getTranslation("household.member.name"));
        grid.addColumn(c -> Masking.idNumber(c.idNumber())).setHeader(getTranslation("household.member.id"));
        grid.addColumn(c -> c.originalMonth() == null ? "" : c.originalMonth().toString())
                .setHeader(getTranslation("registry.change.originalMonth"));
        Map<String, String> names = officers.displayNames(
                changes.stream().map(NaturalChangeView::recordedBy).toList());
        grid.addColumn(c -> Labels.actor(this::getTranslation, names, c.recordedBy()))
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
        grid.addColumn(v -> Labels.actor(this::getTranslation, names, v.changedBy()))
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
        diff.addColumn(FieldDiff::field).setHeader(getTranslation("registry.diff.field"));
        diff.addColumn(FieldDiff::before).setHeader(getTranslation("registry.diff.before"));
        diff.addColumn(FieldDiff::after).setHeader(getTranslation("registry.diff.after"));
        Button compare = new Button(
                getTranslation("registry.version.compare"),
                e -> diff.setItems(baseData.compare(householdId, from.getValue(), to.getValue())));
        compare.setId("version-compare");
        HorizontalLayout controls = new HorizontalLayout(from, to, compare);
        controls.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(controls, diff);
        diff.setItems(baseData.compare(householdId, from.getValue(), to.getValue()));
    }

    private Select<Integer> select(String id, String labelKey, List<Integer> numbers, int selected) {
        Select<Integer> select = new Select<>();
        select.setId(id);
        select.setLabel(getTranslation(labelKey));
        select.setItems(numbers);
        select.setValue(numbers.get(selected));
        return select;
    }

    private <T> void money(Grid<T> grid, String key, Function<T, BigDecimal> value) {
        grid.addColumn(t -> value.apply(t) == null ? "—" : value.apply(t).toPlainString())
                .setHeader(getTranslation(key));
    }

    private static <T> Grid<T> compact(Grid<T> grid, String id) {
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setId(id);
        return grid;
    }
}
