package cn.jiandang.household.ui;

import cn.jiandang.base.Texts;
import cn.jiandang.common.BusinessException;
import cn.jiandang.household.Category;
import cn.jiandang.household.HouseholdSummary;
import cn.jiandang.household.search.HouseholdListExport;
import cn.jiandang.household.search.HouseholdQuery;
import cn.jiandang.household.search.HouseholdSearch;
import cn.jiandang.household.search.PersonHit;
import cn.jiandang.household.search.SearchCursor;
import cn.jiandang.household.search.SearchPage;
import cn.jiandang.household.search.SearchTotal;
import cn.jiandang.region.RegionCode;
import cn.jiandang.region.RegionService;
import cn.jiandang.security.CurrentOfficer;
import cn.jiandang.security.Officer;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Finding households of the officer's region: by name (head or any member, prefix) or full ID number, category,
 * cause or risk, township and village, relocation, risk eliminated, open procedure. Pages of 50 by key in the
 * database (next and previous), the number found counted up to 1,000; an ID number also says who holds it.
 */
@Route("households")
@Menu(title = "menu.households", order = 2)
@PermitAll
public class HouseholdListView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final int PAGE_SIZE = 50;
    static final int TOTAL_CAP = 1000;

    private final HouseholdSearch search;
    private final RegionService regions;
    private final HouseholdFilters filters;
    private final Grid<HouseholdSummary> grid = new Grid<>();
    private final Span total = new Span();
    private final Span pageLabel = new Span();
    private final Span person = new Span();
    private final Button previous = new Button();
    private final Button next = new Button();
    /** The cursors of the pages shown so far: the first page starts at null. */
    private final List<SearchCursor> starts = new ArrayList<>();

    private final Span scopeLabel = new Span();
    private RegionCode scope;
    private SearchPage current;
    /** While the address's parameters fill the form: one search after all of them, not one per field. */
    private boolean fromLocation;

    public HouseholdListView(
            HouseholdSearch search, HouseholdListExport export, RegionService regions, CurrentOfficer current) {
        Officer officer = current.require();
        this.search = search;
        this.regions = regions;
        this.scope = officer.region();
        addClassName("jd-page");
        setSizeFull();
        filters = new HouseholdFilters(regions, officer.region(), () -> {
            if (!fromLocation) {
                first();
            }
        });
        grid();
        previous.setText(getTranslation("households.search.previous"));
        previous.setId("households-previous");
        previous.addClickListener(e -> previous());
        next.setText(getTranslation("households.search.next"));
        next.setId("households-next");
        next.addClickListener(e -> next());
        total.setId("households-total");
        pageLabel.setId("households-page");
        person.setId("households-person");
        scopeLabel.setId("households-scope");
        HorizontalLayout pager = new HorizontalLayout(
                total,
                previous,
                pageLabel,
                next,
                new HouseholdExportLink(export, () -> filters.query(scope), () -> scope));
        pager.setAlignItems(Alignment.BASELINE);
        // no search here: beforeEnter follows on every navigation and searches once, with the address's filters
        add(new H2(getTranslation("households.title")), scopeLabel, filters, person, grid, pager);
    }

    /**
     * {@code ?region=<12 digits>&category=<code>&q=<name prefix or ID number>}: a sub-region and category, e.g. from
     * a statistics table, and the search text; then one search.
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var params = event.getLocation().getQueryParameters();
        fromLocation = true;
        try {
            params.getSingleParameter("region")
                    .filter(r -> r.matches("\\d{12}"))
                    .ifPresent(r -> {
                        scope = RegionCode.of(r);
                        scopeLabel.setText(getTranslation("households.region", regions.name(scope), r));
                    });
            params.getSingleParameter("category")
                    .filter(c -> Arrays.stream(Category.values())
                            .anyMatch(k -> k.name().equals(c)))
                    .ifPresent(filters.category::setValue);
            params.getSingleParameter("q")
                    .map(q -> q.length() > 50 ? q.substring(0, 50) : q)
                    .ifPresent(filters.text::setValue);
        } finally {
            fromLocation = false;
        }
        first();
    }

    private void grid() {
        Codes.data(grid.addColumn(HouseholdSummary::headName)
                .setHeader(getTranslation("households.col.head"))
                .setAutoWidth(true));
        grid.addColumn(HouseholdSummary::headIdMasked)
                .setHeader(getTranslation("households.col.id"))
                .setAutoWidth(true);
        Codes.data(
                grid.addColumn(h -> villageName(h.villageCode())).setHeader(getTranslation("households.col.village")));
        grid.addColumn(h -> Codes.label(h.category())).setHeader(getTranslation("households.col.category"));
        grid.addColumn(HouseholdSummary::size).setHeader(getTranslation("households.col.size"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addItemClickListener(e ->
                getUI().ifPresent(ui -> ui.navigate("household/" + e.getItem().id())));
        grid.setSizeFull();
        grid.setId("households");
    }

    private final Map<RegionCode, String> villageNames = new HashMap<>();

    private String villageName(RegionCode code) {
        return villageNames.getOrDefault(code, code.value());
    }

    /** The first page of the form's query, its capped total, and who holds the ID number if one was entered. */
    private void first() {
        starts.clear();
        starts.add(null);
        try {
            HouseholdQuery query = filters.query(scope);
            SearchTotal counted = search.count(query, TOTAL_CAP);
            total.setText(getTranslation(
                    counted.capped() ? "households.search.totalCapped" : "households.search.total",
                    String.format("%,d", counted.count())));
            showPerson(query);
            filters.text.setInvalid(false);
            show(search.page(query, null, PAGE_SIZE));
        } catch (BusinessException e) {
            // a half-typed ID number: say what is wrong beside the field, keep the last list
            filters.text.setErrorMessage(e.getMessage());
            filters.text.setInvalid(true);
        }
    }

    private void next() {
        if (current != null && current.next() != null) {
            starts.add(current.next());
            show(search.page(filters.query(scope), current.next(), PAGE_SIZE));
        }
    }

    private void previous() {
        if (starts.size() > 1) {
            starts.remove(starts.size() - 1);
            show(search.page(filters.query(scope), starts.get(starts.size() - 1), PAGE_SIZE));
        }
    }

    private void show(SearchPage page) {
        current = page;
        villageNames.putAll(regions.names(page.rows().stream()
                .map(HouseholdSummary::villageCode)
                .filter(c -> !villageNames.containsKey(c))
                .collect(Collectors.toSet())));
        grid.setItems(page.rows());
        pageLabel.setText(getTranslation("households.search.page", String.valueOf(starts.size())));
        previous.setEnabled(starts.size() > 1);
        next.setEnabled(page.next() != null);
    }

    private void showPerson(HouseholdQuery query) {
        String text = query.text() == null ? "" : query.text().strip();
        person.setVisible(text.length() == 18 && text.matches("\\d{17}[0-9Xx]"));
        if (!person.isVisible()) {
            return;
        }
        person.removeAll();
        PersonHit hit = search.person("q", text).orElse(null);
        if (hit == null) {
            person.setText(getTranslation("households.person.notFound"));
            return;
        }
        person.setText(getTranslation(
                "households.person.found",
                hit.name(),
                hit.idNumberMasked(),
                Codes.label(hit.relation()),
                hit.villagePath()));
        if (hit.departed()) {
            person.add(new Span(" · " + getTranslation("households.person.departed")));
        }
        Button open = new Button(
                getTranslation("households.person.open"),
                e -> getUI().ifPresent(ui -> ui.navigate("household/" + hit.householdId())));
        open.setId("households-person-open");
        person.add(open);
    }

    @Override
    public String getPageTitle() {
        return Texts.title("title.households");
    }
}
