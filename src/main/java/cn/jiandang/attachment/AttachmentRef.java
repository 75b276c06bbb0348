package cn.jiandang.attachment;

import java.time.Instant;

/**
 * An attachment without its content: whose it is (owner = the case, {@code kind} what it documents), the step
 * ({@code taskId}, null when uploaded outside a task) and the file.
 */
public record AttachmentRef(
        long id,
        String regionCode,
        String ownerType,
        String ownerId,
        String kind,
        String taskId,
        String fileName,
        String contentType,
        long sizeBytes,
        String uploadedBy,
        Instant uploadedAt) {}
