package cn.jiandang.attachment;

import cn.jiandang.common.BusinessException;
import cn.jiandang.region.RegionCode;
import cn.jiandang.security.CurrentOfficer;
import cn.jiandang.security.Officer;
import cn.jiandang.security.RegionAccess;
import cn.jiandang.security.Role;
import org.camunda.bpm.engine.TaskService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Stores evidence of a procedure step (owner = the case or task it belongs to). The type is read from the
 * content; a wrong type or a file over the limit is refused before anything is stored.
 */
@Service
@Transactional(readOnly = true)
public class AttachmentService {

    private final AttachmentRepository attachments;
    private final RegionAccess access;
    private final TaskService engineTasks;
    private final CurrentOfficer current;
    private final Clock clock;
    private final int maxBytes;

    AttachmentService(
            AttachmentRepository attachments,
            RegionAccess access,
            TaskService engineTasks,
            CurrentOfficer current,
            Clock clock,
            @Value("${jiandang.attachments.max-bytes:5242880}") int maxBytes) {
        this.attachments = attachments;
        this.access = access;
        this.engineTasks = engineTasks;
        this.current = current;
        this.clock = clock;
        this.maxBytes = maxBytes;
    }

    public int maxBytes() {
        return maxBytes;
    }

    @Transactional
    public AttachmentRef store(
            RegionCode region, String ownerType, String ownerId, String kind, String fileName, byte[] content) {
        return store(region, ownerType, ownerId, kind, null, fileName, content);
    }

    /** Stores a file uploaded at a step (engine task id), so that the timeline shows it beside that step. */
    @Transactional
    public AttachmentRef store(
            RegionCode region,
            String ownerType,
            String ownerId,
            String kind,
            String taskId,
            String fileName,
            byte[] content) {
        Officer officer = access.checkChange(region, Role.values());
        if (content == null || content.length == 0) {
            throw BusinessException.invalidField("file", "文件是空的，请重新选择");
        }
        if (content.length > maxBytes) {
            throw BusinessException.invalidField("file", "文件不能超过 " + (maxBytes / 1024 / 1024) + " MB");
        }
        FileType type = FileType.sniff(content)
                .orElseThrow(() -> BusinessException.invalidField("file", "只能上传 PDF、JPEG 或 PNG 文件（按文件内容判断）"));
        // a browser's file name is the client's text: no control characters (PostgreSQL refuses NUL), no folders
        String name = fileName == null || fileName.isBlank()
                ? "附件"
                : fileName.strip().replaceAll("[\\p{Cntrl}]", "").replaceAll(".*[/\\\\]", "");
        if (name.isBlank()) {
            name = "附件";
        }
        if (name.length() > 255) {
            name = name.substring(name.length() - 255);
        }
        return attachments
                .save(new Attachment(
                        region.value(),
                        ownerType,
                        ownerId,
                        kind,
                        taskId,
                        name,
                        type,
                        content,
                        sha256(content),
                        officer.username(),
                        Instant.now(clock)))
                .ref();
    }

    public List<AttachmentRef> list(RegionCode region, String ownerType, String ownerId) {
        access.checkRead(region);
        return attachments.findByOwnerTypeAndOwnerIdOrderById(ownerType, ownerId).stream()
                .map(Attachment::ref)
                .toList();
    }

    /** The attachments uploaded at the given steps, by step; only those within the caller's region. */
    public Map<String, List<AttachmentRef>> forTasks(Collection<String> taskIds) {
        if (taskIds.isEmpty()) {
            return Map.of();
        }
        Map<String, List<AttachmentRef>> byTask = new LinkedHashMap<>();
        for (Attachment a : attachments.findByTaskIdInOrderById(Set.copyOf(taskIds))) {
            if (access.mayRead(RegionCode.of(a.regionCode()))) {
                AttachmentRef ref = a.ref();
                byTask.computeIfAbsent(ref.taskId(), k -> new ArrayList<>()).add(ref);
            }
        }
        return byTask;
    }

    /**
     * Takes back a file that its uploader put at a step still open (the wrong file chosen): the row and its content
     * are deleted; the audit log keeps what it was (name, size, SHA-256, who uploaded it and when). Once the step is
     * completed, the files it was completed with stay; so do files uploaded outside a step, and other officers'
     * files.
     */
    @Transactional
    public void withdraw(long id) {
        Attachment a = attachments.findById(id).orElseThrow(() -> BusinessException.notFound("附件不存在"));
        RegionCode region = RegionCode.of(a.regionCode());
        Officer officer = access.checkChange(region, Role.values());
        AttachmentRef ref = a.ref();
        if (ref.taskId() == null
                || engineTasks.createTaskQuery().taskId(ref.taskId()).count() == 0) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "该步骤已办理完毕，附件随办理结果保存，不能撤回");
        }
        if (!uploadedBy(officer, ref)) {
            throw new BusinessException(BusinessException.Kind.FORBIDDEN, "只能撤回自己上传的附件");
        }
        // the audit log's entity row keeps what it was: name, size, SHA-256, step, who uploaded it and when
        attachments.delete(a);
    }

    /**
     * Whether the logged-in officer uploaded the file, the one who may take it back ({@link #withdraw} also asks that
     * its step is open): what a form asks before it offers 撤回.
     */
    public boolean uploadedByCaller(AttachmentRef ref) {
        return current.get().map(o -> uploadedBy(o, ref)).orElse(false);
    }

    private static boolean uploadedBy(Officer officer, AttachmentRef ref) {
        return officer.username().equals(ref.uploadedBy());
    }

    public byte[] content(long id) {
        return download(id).content();
    }

    /** The file with its name and type; a file of another region is refused (and the refusal audited). */
    public Download download(long id) {
        Attachment a = attachments.findById(id).orElseThrow(() -> BusinessException.notFound("附件不存在"));
        access.checkRead(RegionCode.of(a.regionCode()), "Attachment", String.valueOf(id));
        return new Download(a.ref(), a.content());
    }

    /** An attachment with its content. */
    public record Download(AttachmentRef ref, byte[] content) {}

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
