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

    /** Queues the file; returns the job. */
    public ImportJobView submit(String fileName, byte[] content, ImportMode mode) {
        Officer officer = officer();
        if (mode == null) {
            throw BusinessException.invalidField("mode", "请选择导入方式：全部正确才导入，或导入正确的户");
        }
        String format = HouseholdFile.format(fileName);
        if (content == null || content.length == 0) {
            throw BusinessException.invalidField("file", "文件是空的");
        }
        if (content.length > MAX_BYTES) {
            throw BusinessException.invalidField("file", "文件超过20MB：请分成几个文件导入");
        }
        long id = store.insert(
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

    /** The officer's own imports, newest first: the page shows them again after the browser was closed. */
    @Transactional(readOnly = true)
    public List<ImportJobView> mine(int limit) {
        return store.byOfficer(officer().username(), limit);
    }

    /** The template: header and an example household. */
    public static String templateCsv() {
        return HouseholdFile.templateCsv();
    }

    private Officer officer() {
        RegionCode own = current.get().map(Officer::region).orElse(RegionCode.NATIONAL);
        return access.checkChange(own, Role.VILLAGE_OFFICER, Role.TOWNSHIP_OFFICER, Role.COUNTY_OFFICER);
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
