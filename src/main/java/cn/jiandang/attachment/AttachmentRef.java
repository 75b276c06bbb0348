package cn.jiandang.attachment;

import java.time.Instant;

/** An attachment without its content. */
public record AttachmentRef(long id, String ownerType, String ownerId, String kind, String fileName,
                            String contentType, long sizeBytes, String uploadedBy, Instant uploadedAt) {
}
