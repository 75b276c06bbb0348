package cn.jiandang.household.ui;

import cn.jiandang.household.Category;
import cn.jiandang.household.PovertyFactor;
import cn.jiandang.household.search.HouseholdQuery;
import cn.jiandang.region.RegionCode;
import cn.jiandang.region.RegionLevel;
import cn.jiandang.region.RegionService;
import cn.jiandang.region.RegionView;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The household list's search form: name or ID number, category, cause or risk, township and village (lazy pickers:
 * a province has tens of thousands of villages), relocation, risk eliminated, open procedure. It builds the query;
 * every change asks for the first page again.
 */
class HouseholdFilters extends FormLayout {

    /** "一般农户" in the category choice: households in no category. */
    static final String ORDINARY = "ORDINARY";

    final TextField text = new TextField();
    final Select<String> category = new Select<>();
    final Select<Optional<PovertyFactor>> factor = new Select<>();
    final ComboBox<RegionView> township = new ComboBox<>();
    final ComboBox<RegionView> village = new ComboBox<>();
    final Checkbox relocated = new Checkbox();
    final Select<Optional<Boolean>> riskEliminated = new Select<>();
    final Checkbox openProcedure = new Checkbox();
    private final RegionCode root;

    HouseholdFilters(RegionService regions, RegionCode root, Runnable changed) {
        this.root = root;
        text.setLabel(getTranslation("households.search.q"));
        text.setPlaceholder(getTranslation("households.search.q.placeholder"));
        text.setClearButtonVisible(true);
        text.setMaxLength(50);
        text.setId("households-q");
        List<String> categories = new ArrayList<>(List.of("", ORDINARY));
        Arrays.stream(Category.values()).map(Enum::name).forEach(categories::add);
        category.setLabel(getTranslation("households.category"));
        category.setItems(categories);
        category.setItemLabelGenerator(c -> c.isEmpty()
                ? getTranslation("households.all")
                : ORDINARY.equals(c) ? Codes.label((Category) null) : Codes.label(Category.valueOf(c)));
        category.setValue("");
        category.setId("households-category");
        List<Optional<PovertyFactor>> factors = new ArrayList<>(List.of(Optional.empty()));
        Arrays.stream(PovertyFactor.values()).map(Optional::of).forEach(factors::add);
        factor.setLabel(getTranslation("households.search.factor"));
        factor.setItems(factors);
        factor.setItemLabelGenerator(f -> f.map(Codes::label).orElse(getTranslation("households.search.allFactors")));
        factor.setValue(Optional.empty());
        factor.setId("households-factor");
        picker(regions, township, RegionLevel.TOWNSHIP, () -> root, "households.search.township");
        picker(
                regions,
                village,
                RegionLevel.VILLAGE,
                () -> township.getValue() == null ? root : township.getValue().code(),
                "households.search.village");
        township.setVisible(root.level().ordinal() < RegionLevel.TOWNSHIP.ordinal());
        village.setVisible(root.level() != RegionLevel.VILLAGE);
        township.addValueChangeListener(e -> {
            village.clear();
            village.getDataProvider().refreshAll();
        });
        relocated.setLabel(getTranslation("households.search.relocated"));
        relocated.setId("households-relocated");
        riskEliminated.setLabel(getTranslation("households.search.riskEliminated"));
        riskEliminated.setItems(Optional.empty(), Optional.of(true), Optional.of(false));
        riskEliminated.setItemLabelGenerator(
                o -> o.map(b -> getTranslation(b ? "yes" : "no")).orElse(getTranslation("households.search.any")));
        riskEliminated.setValue(Optional.empty());
        riskEliminated.setId("households-risk-eliminated");
        openProcedure.setLabel(getTranslation("households.search.openProcedure"));
        openProcedure.setId("households-open-procedure");
        add(text, category, factor, township, village, riskEliminated, relocated, openProcedure);
        setColspan(text, 2);
        text.addValueChangeListener(e -> changed.run());
        category.addValueChangeListener(e -> changed.run());
        factor.addValueChangeListener(e -> changed.run());
        township.addValueChangeListener(e -> changed.run());
        village.addValueChangeListener(e -> changed.run());
        relocated.addValueChangeListener(e -> changed.run());
        riskEliminated.addValueChangeListener(e -> changed.run());
        openProcedure.addValueChangeListener(e -> changed.run());
    }

    /** The query the form describes, within the officer's region (or the region a statistics link narrowed it to). */
    HouseholdQuery query(RegionCode scope) {
        RegionCode within = village.getValue() != null
                ? village.getValue().code()
                : township.getValue() != null ? township.getValue().code() : scope;
        HouseholdQuery q = HouseholdQuery.in(within)
                .text(text.getValue())
                .factor(factor.getValue().orElse(null))
                .relocated(relocated.getValue() ? Boolean.TRUE : null)
                .riskEliminated(riskEliminated.getValue().orElse(null))
                .openProcedure(openProcedure.getValue() ? Boolean.TRUE : null);
        String c = category.getValue();
        return c.isEmpty() ? q : ORDINARY.equals(c) ? q.ordinaryOnly() : q.category(Category.valueOf(c));
    }

    RegionCode root() {
        return root;
    }

    private void picker(
            RegionService regions,
            ComboBox<RegionView> box,
            RegionLevel level,
            Supplier<RegionCode> under,
            String labelKey) {
        box.setLabel(getTranslation(labelKey));
        box.setClearButtonVisible(true);
        box.setItems(
                q ->
                        regions
                                .regionsUnder(under.get(), level, q.getFilter().orElse(""), q.getOffset(), q.getLimit())
                                .stream(),
                q -> regions.countRegionsUnder(under.get(), level, q.getFilter().orElse("")));
        box.setItemLabelGenerator(r -> r.name() + " " + r.code().value());
        box.setId("households-" + level.name().toLowerCase(Locale.ROOT));
    }
}
