package cn.jiandang.it;

import cn.jiandang.attachment.AttachmentKind;
import cn.jiandang.attachment.AttachmentService;
import cn.jiandang.exchange.DibaoExchange;
import cn.jiandang.exchange.ImportJobs;
import cn.jiandang.exchange.ImportMode;
import cn.jiandang.household.Category;
import cn.jiandang.household.HouseholdService;
import cn.jiandang.household.PovertyFactor;
import cn.jiandang.identification.Channel;
import cn.jiandang.identification.IdentificationIntake;
import cn.jiandang.identification.IdentificationVariables;
import cn.jiandang.quality.QualityService;
import cn.jiandang.rectification.AppReports;
import cn.jiandang.region.RegionCode;
import cn.jiandang.security.Role;
import cn.jiandang.security.TestLogins;
import cn.jiandang.security.TestPeople;
import cn.jiandang.tasks.Procedures;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The records the authorisation matrix asks for, one set per village: the own village of village1, its sibling in
 * the same township, a village of the other township (village2's) and one of the other county. Each has a
 * household, an open identification with its task, an attachment and a problem reported through the app.
 */
record MatrixTargets(
        RegionCode village,
        long householdId,
        long memberId,
        long caseId,
        String taskId,
        String processInstanceId,
        long attachmentId,
        long appReportId,
        long qualityRunId,
        long importJobId,
        long dibaoJobId) {

    static final List<String> VILLAGES = List.of("130125100201", "130125100202", "130125101201", "130126100201");
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};

    static MatrixTargets create(
            String villageCode,
            HouseholdService households,
            IdentificationIntake identification,
            TaskService tasks,
            AttachmentService attachments,
            AppReports rectification,
            QualityService quality,
            ImportJobs imports,
            DibaoExchange dibao) {
        RegionCode village = RegionCode.of(villageCode);
        try {
            TestLogins.login(TestLogins.officer("s1-" + villageCode, Role.VILLAGE_OFFICER, villageCode));
            long householdId = households.register(TestPeople.household(village, "矩阵户"));
            long memberId = households.details(householdId).members().get(0).memberId();
            long caseId = identification.start(
                    householdId, Category.MARGINAL, Set.of(PovertyFactor.EPIDEMIC), Channel.VILLAGE);
            Task task = tasks.createTaskQuery()
                    .processDefinitionKey(IdentificationVariables.PROCESS_KEY)
                    .processVariableValueEquals(Procedures.CASE_ID, caseId)
                    .singleResult();
            long attachmentId = attachments
                    .store(village, "matrix", villageCode, AttachmentKind.NOTICE_PHOTO, "公示.png", PNG)
                    .id();
            // an import job of the village's officer (only that officer may read it)
            long importJobId = imports.submit(
                            "s1.csv", ImportJobs.templateCsv().getBytes(StandardCharsets.UTF_8), ImportMode.VALID_ROWS)
                    .id();
            TestLogins.login("centre");
            long report = rectification.reportFromApp(
                    householdId, "S1 账实不符", LocalDate.now().plusDays(20));
            // a data-quality run over the village (readable from the village up, not by its siblings)
            long qualityRunId = quality.request(village).id();
            // a 低保 import of the centre (only its importer may read it)
            long dibaoJobId = dibao.submit(
                            "2020Q1",
                            "s1-dibao.csv",
                            DibaoExchange.templateCsv().getBytes(StandardCharsets.UTF_8),
                            ImportMode.VALID_ROWS)
                    .id();
            return new MatrixTargets(
                    village,
                    householdId,
                    memberId,
                    caseId,
                    task.getId(),
                    task.getProcessInstanceId(),
                    attachmentId,
                    report,
                    qualityRunId,
                    importJobId,
                    dibaoJobId);
        } finally {
            TestLogins.logout();
        }
    }

    /** The value of a path or query parameter of an operation, by its name and the resource it belongs to. */
    String parameter(String path, String name) {
        return switch (name) {
            case "region" -> village.value();
            case "taskId" -> taskId;
            case "memberId" -> String.valueOf(memberId);
            case "processInstanceId" -> processInstanceId;
            case "id" -> {
                if (path.startsWith("/api/v1/applications")) {
                    yield String.valueOf(caseId);
                }
                if (path.startsWith("/api/v1/app-reports")) {
                    yield String.valueOf(appReportId);
                }
                if (path.startsWith("/api/v1/dibao/imports")) {
                    yield String.valueOf(dibaoJobId);
                }
                if (path.startsWith("/api/v1/quality/runs")) {
                    yield String.valueOf(qualityRunId);
                }
                if (path.startsWith("/api/v1/imports")) {
                    yield String.valueOf(importJobId);
                }
                if (path.startsWith("/api/v1/attachments")) {
                    yield String.valueOf(attachmentId);
                }
                yield String.valueOf(householdId); // households, and any new resource: still tried
            }
            default -> null;
        };
    }
}
