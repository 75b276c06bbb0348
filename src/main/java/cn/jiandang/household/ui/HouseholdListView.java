package cn.jiandang.household.ui;

import cn.jiandang.base.Texts;
import cn.jiandang.household.Category;
import cn.jiandang.household.HouseholdService;
import cn.jiandang.household.HouseholdSummary;
import cn.jiandang.region.RegionService;
import cn.jiandang.security.CurrentOfficer;
import cn.jiandang.security.Officer;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
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
@Menu(title = "menu.households", order = 2)
@PermitAll
public class HouseholdListView extends VerticalLayout implements HasDynamicTitle {

    private final Grid<HouseholdSummary> grid = new Grid<>();
    private final Select<Optional<Category>> category = new Select<>();

    public HouseholdListView(HouseholdService households, RegionService regions, CurrentOfficer current) {
        Officer officer = current.require();
        addClassName("jd-page");
        setSizeFull();
        List<Optional<Category>> options = new ArrayList<>();
        options.add(Optional.empty());
        for (Category c : Category.values()) {
            options.add(Optional.of(c));
        }
        category.setLabel(getTranslation("households.category"));
        category.setItems(options);
        category.setItemLabelGenerator(o -> o.map(Texts::of).orElse(getTranslation("households.all")));
        category.setValue(Optional.empty());
        category.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        Map<String, String> villageNames = regions.villagesUnder(officer.region()).stream()
                .collect(Collectors.toMap(r -> r.code().value(), r -> r.name()));
        Texts.data(grid.addColumn(HouseholdSummary::headName)
                .setHeader(getTranslation("households.col.head"))
                .setAutoWidth(true));
        grid.addColumn(HouseholdSummary::headIdMasked)
                .setHeader(getTranslation("households.col.id"))
                .setAutoWidth(true);
        Texts.data(grid.addColumn(h -> villageNames.getOrDefault(
                        h.villageCode().value(), h.villageCode().value()))
                .setHeader(getTranslation("households.col.village"))
                .setKey("villageCode")
                .setSortable(true));
        grid.addColumn(h -> Texts.of(Category.class, h.category()))
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
            return households.search(officer.region(), category.getValue().orElse(null), page).stream();
        });
        grid.addItemClickListener(e ->
                getUI().ifPresent(ui -> ui.navigate("household/" + e.getItem().id())));
        grid.setSizeFull();
        grid.setId("households");
        add(new H2(getTranslation("households.title")), category, grid);
    }

    @Override
    public String getPageTitle() {
        return Texts.title("title.households");
    }
}
