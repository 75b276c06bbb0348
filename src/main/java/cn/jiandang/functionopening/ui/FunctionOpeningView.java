package cn.jiandang.functionopening.ui;

import cn.jiandang.base.FormCheck;
import cn.jiandang.base.Texts;
import cn.jiandang.featureaccess.Feature;
import cn.jiandang.featureaccess.FeatureAccess;
import cn.jiandang.featureaccess.FeatureGrantEventView;
import cn.jiandang.featureaccess.FeatureGrantView;
import cn.jiandang.featureaccess.FeatureGrants;
import cn.jiandang.featureaccess.GrantStatus;
import cn.jiandang.functionopening.FunctionOpeningIntake;
import cn.jiandang.functionopening.FunctionOpeningSteps;
import cn.jiandang.region.RegionCode;
import cn.jiandang.region.RegionLevel;
import cn.jiandang.region.RegionService;
import cn.jiandang.security.CurrentOfficer;
import cn.jiandang.security.Officer;
import cn.jiandang.security.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Set;

/**
 * Function opening: a province sees what is open now, asks for more and gives notice to close; the centre sees
 * every province's requests (it decides them from its task list).
 */
@Route("function-opening")
@Menu(title = "featureaccess.menu", order = 20)
@RolesAllowed({"PROVINCE_OFFICER", "CENTRE_ADMIN"})
public class FunctionOpeningView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private final FunctionOpeningIntake intake;
    private final FunctionOpeningSteps steps;
    private final FeatureGrants grants;
    private final FeatureAccess access;
    private final RegionService regions;
    private final Officer officer;
    private final Clock clock;
    private final Grid<FeatureGrantView> requests = new Grid<>();
    private final Grid<Feature> openNow = new Grid<>();
    private final Grid<FeatureGrantEventView> history = new Grid<>();

    public FunctionOpeningView(
            FunctionOpeningIntake intake,
            FunctionOpeningSteps steps,
            FeatureGrants grants,
            FeatureAccess access,
            RegionService regions,
            CurrentOfficer current,
            Clock clock) {
        this.clock = clock;
        this.intake = intake;
        this.steps = steps;
        this.grants = grants;
        this.access = access;
        this.regions = regions;
        this.officer = current.require();
        addClassName("jd-page");
        setWidthFull();
        add(new H2(getTranslation("featureaccess.title")));
        boolean province =
                officer.has(Role.PROVINCE_OFFICER) && officer.region().level() == RegionLevel.PROVINCE;
        if (province) {
            add(new H3(getTranslation("featureaccess.openNow")), openNowGrid(), requestForm());
        }
        add(new H3(getTranslation("featureaccess.requests")), requestGrid(province));
        if (province) {
            add(new H3(getTranslation("featureaccess.history")), historyGrid());
        }
        refresh();
    }

    private Grid<Feature> openNowGrid() {
        openNow.addColumn(f -> getTranslation(f.labelKey())).setHeader(getTranslation("featureaccess.feature"));
        openNow.addComponentColumn(f -> {
                    boolean open = access.isOpen(f, officer.region());
                    Span s = new Span(getTranslation(open ? "featureaccess.open" : "featureaccess.closed"));
                    s.addClassNames("jd-badge", open ? "jd-badge-open" : "jd-badge-closed");
                    return s;
                })
                .setHeader(getTranslation("featureaccess.state"));
        openNow.setAllRowsVisible(true);
        openNow.addThemeVariants(GridVariant.LUMO_COMPACT);
        openNow.setId("featureaccess-open-now");
        return openNow;
    }

    private HorizontalLayout requestForm() {
        Select<Feature> feature = new Select<>();
        feature.setLabel(getTranslation("featureaccess.feature"));
        feature.setItems(
                Arrays.stream(Feature.values()).filter(f -> !f.alwaysOpen()).toList());
        feature.setItemLabelGenerator(f -> getTranslation(f.labelKey()));
        feature.setId("featureaccess-feature");
        TextArea reason = new TextArea(getTranslation("featureaccess.reason"));
        reason.setMaxLength(500);
        reason.setId("featureaccess-reason");
        DatePicker from = new DatePicker(getTranslation("featureaccess.from"), LocalDate.now());
        from.setId("featureaccess-from");
        DatePicker until = new DatePicker(getTranslation("featureaccess.until"));
        until.setId("featureaccess-until");
        FormCheck check = new FormCheck();
        check.field("feature", feature).required();
        check.field("reason", reason).required().maxLength(500);
        check.field("validFrom", from).required();
        check.field("validUntil", until)
                .required()
                .notPast(clock)
                .check(d -> from.getValue() == null || !d.isBefore(from.getValue()), "validation.date.order");
        Button submit = new Button(
                getTranslation("featureaccess.request"),
                e -> check.submit(() -> {
                    intake.request(feature.getValue(), reason.getValue(), from.getValue(), until.getValue());
                    Notification.show(
                                    getTranslation("featureaccess.requested"), 4000, Notification.Position.BOTTOM_START)
                            .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                    reason.clear();
                    refresh();
                }));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setId("featureaccess-submit");
        HorizontalLayout form = new HorizontalLayout(feature, reason, from, until, submit);
        form.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        form.setWrap(true);
        return form;
    }

    private Grid<FeatureGrantView> requestGrid(boolean province) {
        if (!province) {
            Texts.data(requests.addColumn(g -> regions.name(RegionCode.of(g.provinceCode()))))
                    .setHeader(getTranslation("featureaccess.province"));
        }
        requests.addColumn(g -> getTranslation(g.feature().labelKey()))
                .setHeader(getTranslation("featureaccess.feature"))
                .setAutoWidth(true);
        requests.addColumn(g -> Texts.of(g.status())).setHeader(getTranslation("featureaccess.status"));
        requests.addColumn(g -> g.validFrom() + " ~ " + g.validUntil())
                .setHeader(getTranslation("featureaccess.period"))
                .setAutoWidth(true);
        Texts.data(requests.addColumn(FeatureGrantView::reason).setHeader(getTranslation("featureaccess.reason")));
        Texts.data(requests.addColumn(g -> g.decisionComment() == null ? "" : g.decisionComment())
                .setHeader(getTranslation("featureaccess.decisionComment")));
        if (province) {
            requests.addComponentColumn(g -> {
                Button close = new Button(getTranslation("featureaccess.requestClose"), e -> closeDialog(g));
                close.addThemeVariants(ButtonVariant.LUMO_SMALL);
                close.setVisible(g.status() == GrantStatus.OPEN);
                return close;
            });
        }
        requests.setAllRowsVisible(true);
        requests.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        requests.setId("featureaccess-requests");
        return requests;
    }

    private Grid<FeatureGrantEventView> historyGrid() {
        history.addColumn(h -> TIME.format(h.at()))
                .setHeader(getTranslation("featureaccess.when"))
                .setAutoWidth(true);
        history.addColumn(h -> getTranslation(h.feature().labelKey()))
                .setHeader(getTranslation("featureaccess.feature"));
        history.addColumn(h -> Texts.of(h.event())).setHeader(getTranslation("featureaccess.event"));
        Texts.data(history.addColumn(FeatureGrantEventView::by).setHeader(getTranslation("featureaccess.by")));
        Texts.data(history.addColumn(h -> h.comment() == null ? "" : h.comment())
                .setHeader(getTranslation("featureaccess.comment")));
        history.setAllRowsVisible(true);
        history.addThemeVariants(GridVariant.LUMO_COMPACT);
        history.setId("featureaccess-history");
        return history;
    }

    private void closeDialog(FeatureGrantView grant) {
        Dialog dialog = new Dialog(getTranslation("featureaccess.requestClose") + " · "
                + getTranslation(grant.feature().labelKey()));
        TextArea reason = new TextArea(getTranslation("featureaccess.closeReason"));
        reason.setWidth("30em");
        reason.setId("featureaccess-close-reason");
        FormCheck check = new FormCheck();
        check.field("closeReason", reason).required().maxLength(500);
        Button send = new Button(
                getTranslation("task.submit"),
                e -> check.submit(() -> {
                    steps.requestClose(grant.id(), reason.getValue());
                    dialog.close();
                    refresh();
                }));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId("featureaccess-close-submit");
        dialog.add(reason);
        dialog.getFooter().add(new Button(getTranslation("cancel"), e -> dialog.close()), send);
        dialog.open();
    }

    private void refresh() {
        requests.setItems(grants.requests());
        if (officer.region().level() == RegionLevel.PROVINCE) {
            openNow.setItems(Feature.values());
            history.setItems(grants.history(officer.region()));
        }
    }

    Set<Feature> openFeatures() {
        return access.openFeatures(officer.region());
    }

    @Override
    public String getPageTitle() {
        return Texts.title("title.functionOpening");
    }
}
