package cn.jiandang.yearend.ui;

import cn.jiandang.attachment.AttachmentField;
import cn.jiandang.attachment.AttachmentKind;
import cn.jiandang.attachment.AttachmentService;
import cn.jiandang.base.FormCheck;
import cn.jiandang.base.Texts;
import cn.jiandang.region.RegionCode;
import cn.jiandang.region.RegionService;
import cn.jiandang.tasks.BulkAction;
import cn.jiandang.tasks.TaskForms;
import cn.jiandang.tasks.TaskRef;
import cn.jiandang.yearend.BasicNeed;
import cn.jiandang.yearend.CandidateDecision;
import cn.jiandang.yearend.CandidateView;
import cn.jiandang.yearend.YearEndCaseView;
import cn.jiandang.yearend.YearEndCases;
import cn.jiandang.yearend.YearEndSteps;
import cn.jiandang.yearend.YearEndVariables;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.spring.annotation.SpringComponent;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The list form of every step: all households included by default, the officer unticks the exceptions and gives
 * the reason; one submit decides the whole list. The announcement form only confirms.
 */
@SpringComponent
class YearEndForms extends TaskForms<YearEndCaseView> {

    private final YearEndCases cases;
    private final YearEndSteps steps;
    private final RegionService regions;
    private final AttachmentService attachments;

    YearEndForms(YearEndCases cases, YearEndSteps steps, RegionService regions, AttachmentService attachments) {
        super(YearEndVariables.PROCESS_KEY, cases::find);
        this.cases = cases;
        this.steps = steps;
        this.regions = regions;
        this.attachments = attachments;
        form(
                this::list,
                YearEndVariables.TASK_VILLAGE_APPRAISAL,
                YearEndVariables.TASK_TOWNSHIP_VERIFICATION,
                YearEndVariables.TASK_COUNTY_APPROVAL,
                YearEndVariables.TASK_ANNOUNCEMENT);
    }

    private Component list(UI ui, TaskRef task, YearEndCaseView c, Runnable onCompleted) {
        List<CandidateView> candidates = cases.candidates(c.id());
        VerticalLayout form = new VerticalLayout(new Paragraph(Texts.message(
                "yearend.caseLine",
                c.year(),
                regions.path(RegionCode.of(c.villageCode())),
                c.candidates(),
                c.included())));
        form.setPadding(false);
        form.setWidthFull();
        if (YearEndVariables.TASK_ANNOUNCEMENT.equals(task.taskDefinitionKey())) {
            form.add(grid(ui, candidates, null, false), submit(ui, "yearend.announce", () -> {
                steps.announce(task.id(), c.id());
                onCompleted.run();
            }));
            return form;
        }
        boolean village = YearEndVariables.TASK_VILLAGE_APPRAISAL.equals(task.taskDefinitionKey());
        Map<Long, Row> rows = new HashMap<>();
        FormCheck check = new FormCheck();
        form.add(
                new Paragraph(ui.getTranslation("yearend.bulkHelp")),
                new Paragraph(ui.getTranslation("yearend.basicNeedsHelp")),
                grid(ui, candidates, rows, village));
        if (village) {
            // the meeting's record and the list the heads of household signed (the ticks above record each consent)
            AttachmentField minutes = file(ui, c, task, AttachmentKind.MINUTES, "attach.minutes");
            minutes.setId("yearend-minutes-file");
            AttachmentField consent = file(ui, c, task, AttachmentKind.SIGNED_CONSENT, "attach.signedConsent");
            consent.setId("yearend-consent-file");
            check.target("minutesFile", minutes);
            check.target("consentFile", consent);
            form.add(minutes, consent);
        } else if (YearEndVariables.TASK_TOWNSHIP_VERIFICATION.equals(task.taskDefinitionKey())) {
            // the list was posted in the village while no task was open: its photos are attached at the step after it
            AttachmentField photos = file(ui, c, task, AttachmentKind.NOTICE_PHOTO, "attach.noticePhoto");
            photos.setId("yearend-notice-photos");
            check.target("noticePhotos", photos);
            form.add(photos);
        }
        form.add(submit(ui, "task.submit", check.guard(() -> {
            List<CandidateDecision> exceptions = new ArrayList<>();
            for (CandidateView v : candidates) {
                Row r = rows.get(v.householdId());
                boolean included = r.included.getValue();
                boolean consent = r.consent.getValue();
                String reason = r.reason.getValue();
                Set<BasicNeed> insecure = r.insecure.getValue();
                if (included != v.included()
                        || consent != v.consent()
                        || !insecure.equals(v.insecure())
                        || (!included && !Objects.equals(reason, v.reason()))) {
                    exceptions.add(new CandidateDecision(v.householdId(), included, consent, reason, insecure));
                }
            }
            steps.decide(task.id(), c.id(), exceptions);
            onCompleted.run();
        })));
        candidates.forEach(v -> check(check, v, rows.get(v.householdId())));
        return form;
    }

    /** A file of the village's case uploaded at this step. */
    private AttachmentField file(UI ui, YearEndCaseView c, TaskRef task, String kind, String labelKey) {
        AttachmentField field = new AttachmentField(
                attachments,
                ui.getTranslation(labelKey),
                RegionCode.of(c.villageCode()),
                "YearEndCase",
                String.valueOf(c.id()),
                kind,
                task.id());
        field.getElement().getStyle().set("max-width", "40em");
        return field;
    }

    /**
     * Township verification and county approval may confirm many villages' lists at once, each as it stands
     * (the village's decisions and any exclusion made below); exclusions still need the form.
     */
    @Override
    public Optional<BulkAction> bulk(String processDefinitionKey, String taskDefinitionKey) {
        if (!supports(processDefinitionKey, taskDefinitionKey)) {
            return Optional.empty();
        }
        return switch (taskDefinitionKey) {
            case YearEndVariables.TASK_TOWNSHIP_VERIFICATION ->
                Optional.of(new BulkAction(
                        "tasks.bulk.yearend.verify",
                        (task, comment) -> steps.decide(task.id(), task.caseId(), List.of(), comment)));
            case YearEndVariables.TASK_COUNTY_APPROVAL ->
                Optional.of(new BulkAction(
                        "tasks.bulk.yearend.approve",
                        (task, comment) -> steps.decide(task.id(), task.caseId(), List.of(), comment)));
            default -> Optional.empty();
        };
    }

    private record Row(
            Checkbox included, Checkbox consent, MultiSelectComboBox<BasicNeed> insecure, TextField reason) {}

    /** An excluded household needs its reason; one changed to included needs its signed consent. */
    private static void check(FormCheck check, CandidateView v, Row r) {
        check.field("reason[" + v.householdId() + "]", r.reason())
                .requiredIf(() -> !r.included().getValue()
                        && (r.insecure() == null || r.insecure().getValue().isEmpty()))
                .maxLength(500);
        check.field("consent[" + v.householdId() + "]", r.consent())
                .requiredIf(() -> r.included().getValue()
                        && (r.included().getValue() != v.included()
                                || r.consent().getValue() != v.consent()));
    }

    private static Grid<CandidateView> grid(
            UI ui, List<CandidateView> candidates, Map<Long, Row> rows, boolean village) {
        Grid<CandidateView> grid = new Grid<>();
        Texts.data(grid.addColumn(CandidateView::headName)
                .setHeader(ui.getTranslation("yearend.head"))
                .setAutoWidth(true));
        grid.addColumn(v -> Texts.of(v.categoryBefore()))
                .setHeader(ui.getTranslation("yearend.category"))
                .setAutoWidth(true);
        grid.addColumn(v ->
                        v.perCapitaIncome() == null ? "" : v.perCapitaIncome().toPlainString())
                .setHeader(ui.getTranslation("yearend.perCapitaIncome"))
                .setKey("perCapitaIncome")
                .setAutoWidth(true);
        if (rows != null) {
            for (CandidateView v : candidates) {
                Checkbox included = new Checkbox(v.included());
                included.setId("yearend-included-" + v.householdId());
                included.setEnabled(village || v.included());
                Checkbox consent = new Checkbox(v.consent());
                consent.setId("yearend-consent-" + v.householdId());
                consent.setEnabled(village);
                TextField reason = new TextField();
                reason.setValue(v.reason() == null ? "" : v.reason());
                reason.setId("yearend-reason-" + v.householdId());
                reason.setWidthFull();
                MultiSelectComboBox<BasicNeed> insecure = new MultiSelectComboBox<>();
                insecure.setItems(BasicNeed.values());
                insecure.setItemLabelGenerator(Texts::of);
                insecure.setValue(v.insecure());
                insecure.setId("yearend-insecure-" + v.householdId());
                rows.put(v.householdId(), new Row(included, consent, insecure, reason));
            }
            grid.addComponentColumn(v -> rows.get(v.householdId()).included())
                    .setHeader(ui.getTranslation("yearend.included"))
                    .setKey("included");
            grid.addComponentColumn(v -> rows.get(v.householdId()).consent())
                    .setHeader(ui.getTranslation("yearend.consent"))
                    .setKey("consent");
            grid.addComponentColumn(v -> rows.get(v.householdId()).insecure())
                    .setHeader(ui.getTranslation("yearend.insecure"))
                    .setKey("insecure");
            grid.addComponentColumn(v -> rows.get(v.householdId()).reason())
                    .setHeader(ui.getTranslation("yearend.reason"))
                    .setKey("reason")
                    .setFlexGrow(1);
        } else {
            grid.addColumn(v -> ui.getTranslation(v.included() ? "yes" : "no"))
                    .setHeader(ui.getTranslation("yearend.included"));
            grid.addColumn(v -> v.insecure().stream()
                            .map(Texts::of)
                            .collect(Collectors.joining(ui.getTranslation("list.separator"))))
                    .setHeader(ui.getTranslation("yearend.insecure"));
            Texts.data(grid.addColumn(v -> v.reason() == null ? "" : v.reason())
                    .setHeader(ui.getTranslation("yearend.reason")));
        }
        Texts.data(grid.addColumn(v -> v.objection() == null ? "" : v.objection())
                .setHeader(ui.getTranslation("yearend.objection")));
        grid.setItems(candidates);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setId("yearend-candidates");
        return grid;
    }
}
