package cn.jiandang.household.ui;

import cn.jiandang.household.Category;
import cn.jiandang.household.HouseholdService;
import cn.jiandang.household.HouseholdSummary;
import cn.jiandang.region.RegionCode;
import cn.jiandang.region.RegionService;
import cn.jiandang.security.CurrentOfficer;
import cn.jiandang.security.Officer;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The households of the officer's region, loaded page by page from the database. */
@Route("households")
@PageTitle("农户档案 · 建档")
@Menu(title = "menu.households", order = 2)
@PermitAll
public class HouseholdListView extends VerticalLayout implements BeforeEnterObserver {

    private final Grid<HouseholdSummary> grid = new Grid<>();
    private final Select<Optional<Category>> category = new Select<>();
    private final Span scopeLabel = new Span();
    private final RegionService regions;
    private RegionCode scope;

    public HouseholdListView(HouseholdService households, RegionService regions, CurrentOfficer current) {
        Officer officer = current.require();
        this.regions = regions;
        this.scope = officer.region();
        addClassName("jd-page");
        setSizeFull();
        List<Optional<Category>> options = new ArrayList<>();
        options.add(Optional.empty());
        for (Category c : Category.values()) {
            options.add(Optional.of(c));
        }
        category.setLabel(getTranslation("households.category"));
        category.setItems(options);
        category.setItemLabelGenerator(o -> o.map(Category::label).orElse(getTranslation("households.all")));
        category.setValue(Optional.empty());
        category.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        Map<String, String> villageNames = regions.villagesUnder(officer.region()).stream()
                .collect(Collectors.toMap(r -> r.code().value(), r -> r.name()));
        grid.addColumn(HouseholdSummary::headName)
                .setHeader(getTranslation("households.col.head"))
                .setAutoWidth(true);
        grid.addColumn(HouseholdSummary::headIdMasked)
                .setHeader(getTranslation("households.col.id"))
                .setAutoWidth(true);
        grid.addColumn(h -> villageNames.getOrDefault(
                        h.villageCode().value(), h.villageCode().value()))
                .setHeader(getTranslation("households.col.village"))
                .setKey("villageCode")
                .setSortable(true);
        grid.addColumn(h -> Category.labelOf(h.category()))
                .setHeader(getTranslation("households.col.category"))
                .setKey("category")
                .setSortable(true);
        grid.addColumn(HouseholdSummary::size).setHeader(getTranslation("households.col.size"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setItems(query -> {
            Sort sort = Sort.by(query.getSortOrders().stream()
                            .map(o -> o.getDirection() == SortDirection.ASCENDING
                                    ? Sort.Order.asc(o.getSorted())
                                    : Sort.Order.desc(o.getSorted()))
                            .toList())
                    .and(Sort.by("id"));
            PageRequest page = PageRequest.of(query.getPage(), query.getPageSize(), sort);
            return households.search(scope, category.getValue().orElse(null), page).stream();
        });
        grid.addItemClickListener(e ->
                getUI().ifPresent(ui -> ui.navigate("household/" + e.getItem().id())));
        grid.setSizeFull();
        grid.setId("households");
        scopeLabel.setId("households-scope");
        add(new H2(getTranslation("households.title")), scopeLabel, category, grid);
    }

    /** {@code ?region=<12 digits>&category=<code>}: a sub-region and category, e.g. from a statistics table. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var params = event.getLocation().getQueryParameters();
        params.getSingleParameter("region").filter(r -> r.matches("\\d{12}")).ifPresent(r -> {
            scope = RegionCode.of(r);
            scopeLabel.setText(getTranslation("households.region", regions.name(scope), r));
        });
        params.getSingleParameter("category")
                .flatMap(c -> java.util.Arrays.stream(Category.values())
                        .filter(k -> k.name().equals(c))
                        .findFirst())
                .ifPresent(c -> category.setValue(Optional.of(c)));
        grid.getDataProvider().refreshAll();
    }
}
