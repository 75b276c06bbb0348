package cn.jiandang.household.ui.admin;

import cn.jiandang.base.FormCheck;
import cn.jiandang.household.HouseholdSummary;
import cn.jiandang.household.project.ProjectService;
import cn.jiandang.household.project.ProjectView;
import cn.jiandang.household.search.HouseholdQuery;
import cn.jiandang.household.search.HouseholdSearch;
import cn.jiandang.household.ui.Codes;
import cn.jiandang.region.RegionLevel;
import cn.jiandang.region.RegionService;
import cn.jiandang.security.CurrentOfficer;
import cn.jiandang.security.Officer;
import cn.jiandang.security.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.time.Clock;
import java.time.Year;
import java.util.List;

/**
 * Poverty-alleviation projects (扶贫项目) of the officer's region: the county creates them and links beneficiary
 * households of any category; everyone sees the report of projects that benefit no marginal household (the seed found
 * no project linked to one).
 */
@Route("registry/projects")
@PageTitle("扶贫项目 · 建档")
@Menu(title = "projects.menu", order = 37)
@RolesAllowed({"COUNTY_OFFICER", "PROVINCE_OFFICER", "CENTRE_ADMIN"})
public class ProjectsView extends VerticalLayout {

    private final ProjectService projects;
    private final HouseholdSearch search;
    private final Officer officer;
    private final Clock clock;
    private final Grid<ProjectView> grid = new Grid<>();
    private final Grid<HouseholdSummary> beneficiaries = new Grid<>();
    private final Checkbox withoutMarginal = new Checkbox();
    private final Span report = new Span();
    private final Button link = new Button();

    public ProjectsView(
            ProjectService projects,
            HouseholdSearch search,
            RegionService regions,
            CurrentOfficer current,
            Clock clock) {
        this.projects = projects;
        this.search = search;
        this.officer = current.require();
        this.clock = clock;
        addClassName("jd-page");
        setWidthFull();
        withoutMarginal.setLabel(getTranslation("projects.withoutMarginal"));
        withoutMarginal.setId("projects-without-marginal");
        withoutMarginal.addValueChangeListener(e -> refresh());
        report.setId("projects-report");
        Codes.data(grid.addColumn(ProjectView::name).setHeader(getTranslation("projects.name")));
        grid.addColumn(ProjectView::year).setHeader(getTranslation("projects.year"));
        Codes.data(grid.addColumn(p -> regions.name(p.countyCode())).setHeader(getTranslation("projects.county")));
        grid.addColumn(ProjectView::beneficiaries).setHeader(getTranslation("projects.beneficiaries"));
        grid.addColumn(ProjectView::marginalBeneficiaries).setHeader(getTranslation("projects.marginal"));
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.setId("projects");
        grid.asSingleSelect().addValueChangeListener(e -> showBeneficiaries(e.getValue()));
        Codes.data(
                beneficiaries.addColumn(HouseholdSummary::headName).setHeader(getTranslation("households.col.head")));
        beneficiaries.addColumn(HouseholdSummary::headIdMasked).setHeader(getTranslation("households.col.id"));
        beneficiaries.addColumn(h -> Codes.label(h.category())).setHeader(getTranslation("households.col.category"));
        beneficiaries.setAllRowsVisible(true);
        beneficiaries.addThemeVariants(GridVariant.LUMO_COMPACT);
        beneficiaries.setId("project-beneficiaries");
        link.setText(getTranslation("projects.link"));
        link.setId("projects-link");
        link.setEnabled(false);
        link.addClickListener(e -> linkDialog(grid.asSingleSelect().getValue()));
        HorizontalLayout tools = new HorizontalLayout(withoutMarginal);
        if (creates()) {
            Button create = new Button(getTranslation("projects.create"), e -> createDialog());
            create.setId("projects-create");
            tools.add(create, link);
        }
        add(
                new H2(getTranslation("projects.title")),
                report,
                tools,
                grid,
                new H3(getTranslation("projects.beneficiaryList")),
                beneficiaries);
        refresh();
    }

    /** The county's officers create projects and link households (ProjectService checks it as well). */
    private boolean creates() {
        return officer.has(Role.COUNTY_OFFICER) && officer.region().level() == RegionLevel.COUNTY;
    }

    private void refresh() {
        List<ProjectView> all = projects.projects(officer.region());
        long without = all.stream().filter(p -> p.marginalBeneficiaries() == 0).count();
        report.setText(getTranslation("projects.report", String.valueOf(all.size()), String.valueOf(without)));
        grid.setItems(
                withoutMarginal.getValue()
                        ? all.stream()
                                .filter(p -> p.marginalBeneficiaries() == 0)
                                .toList()
                        : all);
    }

    private void showBeneficiaries(ProjectView project) {
        link.setEnabled(project != null);
        beneficiaries.setItems(project == null ? List.of() : projects.beneficiaries(project.id()));
    }

    private void createDialog() {
        Dialog dialog = new Dialog(getTranslation("projects.create"));
        TextField name = new TextField(getTranslation("projects.name"));
        name.setId("projects-name");
        IntegerField year = new IntegerField(getTranslation("projects.year"));
        year.setValue(Year.now(clock).getValue());
        year.setId("projects-year");
        FormCheck check = new FormCheck();
        check.field("name", name).required().maxLength(200);
        check.field("year", year).required().between(2013, Year.now(clock).getValue() + 1);
        Button save = new Button(
                getTranslation("task.submit"),
                e -> check.submit(() -> {
                    projects.create(officer.region(), name.getValue().strip(), year.getValue(), List.of());
                    dialog.close();
                    refresh();
                }));
        save.setId("projects-save");
        dialog.add(new VerticalLayout(name, year));
        dialog.getFooter().add(new Button(getTranslation("cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    /** Finds households of the county by name or ID number and links the chosen ones. */
    private void linkDialog(ProjectView project) {
        Dialog dialog = new Dialog(getTranslation("projects.link") + " · " + project.name());
        TextField q = new TextField(getTranslation("households.search.q"));
        q.setPlaceholder(getTranslation("households.search.q.placeholder"));
        q.setId("projects-link-q");
        Grid<HouseholdSummary> found = new Grid<>();
        Codes.data(found.addColumn(HouseholdSummary::headName).setHeader(getTranslation("households.col.head")));
        found.addColumn(HouseholdSummary::headIdMasked).setHeader(getTranslation("households.col.id"));
        found.addColumn(h -> Codes.label(h.category())).setHeader(getTranslation("households.col.category"));
        found.setSelectionMode(Grid.SelectionMode.MULTI);
        found.setHeight("16em");
        found.setId("projects-link-found");
        FormCheck check = new FormCheck();
        check.field("q", q);
        Button find = new Button(
                getTranslation("households.search.find"),
                e -> check.submit(() -> found.setItems(
                        search.page(HouseholdQuery.in(project.countyCode()).text(q.getValue()), null, 50)
                                .rows())));
        find.setId("projects-link-find");
        Button add = new Button(getTranslation("task.submit"), e -> {
            projects.addBeneficiaries(
                    project.id(),
                    found.getSelectedItems().stream().map(HouseholdSummary::id).toList());
            dialog.close();
            refresh();
            showBeneficiaries(project);
        });
        add.setId("projects-link-save");
        dialog.add(new VerticalLayout(new HorizontalLayout(q, find), found));
        dialog.getFooter().add(new Button(getTranslation("cancel"), e -> dialog.close()), add);
        dialog.setWidth("48em");
        dialog.open();
    }
}
