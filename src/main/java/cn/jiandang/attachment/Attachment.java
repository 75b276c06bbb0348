package cn.jiandang.attachment;

import jakarta.persistence.Basic;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;

@Entity
@Table(name = "attachment")
class Attachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String regionCode;
    private String ownerType;
    private String ownerId;
    private String kind;
    private String taskId;
    private String fileName;
    private String contentType;
    private long sizeBytes;
    private String sha256;

    @Basic(fetch = FetchType.LAZY)
    @JdbcTypeCode(SqlTypes.VARBINARY)
    private byte[] content;

    private String uploadedBy;
    private Instant uploadedAt;

    protected Attachment() {}

    Attachment(
            String regionCode,
            String ownerType,
            String ownerId,
            String kind,
            String taskId,
            String fileName,
            FileType type,
            byte[] content,
            String sha256,
            String uploadedBy,
            Instant uploadedAt) {
        this.regionCode = regionCode;
        this.ownerType = ownerType;
        this.ownerId = ownerId;
        this.kind = kind;
        this.taskId = taskId;
        this.fileName = fileName;
        this.contentType = type.contentType();
        this.sizeBytes = content.length;
        this.sha256 = sha256;
        this.content = content;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    String regionCode() {
        return regionCode;
    }

    byte[] content() {
        return content;
    }

    AttachmentRef ref() {
        return new AttachmentRef(
                id,
                regionCode,
                ownerType,
                ownerId,
                kind,
                taskId,
                fileName,
                contentType,
                sizeBytes,
                uploadedBy,
                uploadedAt);
    }
}
