package cn.jiandang.exchange;

import cn.jiandang.common.BusinessException;
import cn.jiandang.region.RegionCode;
import cn.jiandang.security.AccessRefused;
import cn.jiandang.security.CurrentOfficer;
import cn.jiandang.security.Officer;
import cn.jiandang.security.RegionAccess;
import cn.jiandang.security.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Household file imports: an officer who may register households uploads a file, which is stored with a queued job
 * and worked in the background ({@link ImportWorker}); the officer (or the page, reopened) follows its progress and
 * reads its bad rows. The rows must lie in the officer's region.
 */
@Service
@Transactional
public class ImportJobs {

    /** Larger files are split by the officer: the file is kept in the database until worked. */
    static final int MAX_BYTES = 20 * 1024 * 1024;

    /** The kind of the household files this class's own {@link #submit(String, byte[], ImportMode)} queues. */
    public static final String HOUSEHOLDS = "HOUSEHOLDS";

    private final ImportStore store;
    private final RegionAccess access;
    private final CurrentOfficer current;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ImportJobs(
            ImportStore store,
            RegionAccess access,
            CurrentOfficer current,
            Clock clock,
            ApplicationEventPublisher events) {
        this.store = store;
        this.access = access;
        this.current = current;
        this.clock = clock;
        this.events = events;
    }

    /** Queues a household file; returns the job. */
    public ImportJobView submit(String fileName, byte[] content, ImportMode mode) {
        return submit(
                HOUSEHOLDS,
                null,
                fileName,
                content,
                mode,
                Role.VILLAGE_OFFICER,
                Role.TOWNSHIP_OFFICER,
                Role.COUNTY_OFFICER);
    }

    /** Queues a file of incomes (one row per household and year, by the head's ID number); returns the job. */
    public ImportJobView submitIncomes(String fileName, byte[] content, ImportMode mode) {
        return submit(
                IncomeImport.KIND,
                null,
                fileName,
                content,
                mode,
                Role.VILLAGE_OFFICER,
                Role.TOWNSHIP_OFFICER,
                Role.COUNTY_OFFICER);
    }

    /** The incomes template: header and an example row. */
    public static String incomeTemplateCsv() {
        return IncomeImport.templateCsv();
    }

    /**
     * Queues a file of another kind (an {@link ImportHandler}'s) for an officer of one of {@code roles}, within the
     * officer's own region; the caller has checked what the kind needs besides (e.g. the quarter).
     */
    public ImportJobView submit(
            String kind, String quarter, String fileName, byte[] content, ImportMode mode, Role... roles) {
        RegionCode own = current.get().map(Officer::region).orElse(RegionCode.NATIONAL);
        Officer officer = access.checkChange(own, roles);
        if (mode == null) {
            throw BusinessException.invalidField("mode", "请选择导入方式：全部正确才导入，或导入正确的行");
        }
        String format = TabularFile.format(fileName);
        if (content == null || content.length == 0) {
            throw BusinessException.invalidField("file", "文件是空的");
        }
        if (content.length > MAX_BYTES) {
            throw BusinessException.invalidField("file", "文件超过20MB：请分成几个文件导入");
        }
        long id = store.insert(
                kind,
                quarter,
                mode,
                format,
                fileName,
                content,
                sha256(content),
                officer.username(),
                officer.region().value(),
                officer.roles().stream().map(Role::name).sorted().collect(Collectors.joining(",")),
                clock.instant());
        return store.view(id).orElseThrow();
    }

    /** The job, to its officer only. */
    @Transactional(readOnly = true)
    public ImportJobView job(long id) {
        Officer officer = officer();
        ImportJobView job = store.view(id).orElseThrow(() -> BusinessException.notFound("导入任务 " + id + " 不存在"));
        if (!job.importedBy().equals(officer.username())) {
            // answered like a job that does not exist, but the refusal is audited as every refusal is
            events.publishEvent(new AccessRefused(
                    officer.username(),
                    "ImportJob",
                    String.valueOf(id),
                    officer.region().value(),
                    "导入任务属于其他人员"));
            throw BusinessException.notFound("导入任务 " + id + " 不存在");
        }
        return job;
    }

    @Transactional(readOnly = true)
    public List<RowError> errors(long id, int limit) {
        job(id);
        return store.errors(id, limit);
    }

    /** The officer's own household imports, newest first: the page shows them again after the browser was closed. */
    @Transactional(readOnly = true)
    public List<ImportJobView> mine(int limit) {
        return mine(HOUSEHOLDS, limit);
    }

    /** The officer's own imports of a kind, newest first. */
    @Transactional(readOnly = true)
    public List<ImportJobView> mine(String kind, int limit) {
        return store.byOfficer(officer().username(), kind, limit);
    }

    /** The template: header and an example household. */
    public static String templateCsv() {
        return HouseholdFile.templateCsv();
    }

    /** Whoever is logged in: each job is shown to its own officer only. */
    private Officer officer() {
        return current.require();
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
