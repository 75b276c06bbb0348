package cn.jiandang.attachment;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;

/**
 * {@code GET /api/v1/attachments/{id}}: the file as uploaded, as a download under its original name (RFC 6266,
 * UTF-8 encoded) with the type read from its content. A file of another region is refused (403, audited).
 */
@RestController
class AttachmentController {

    private final AttachmentService attachments;

    AttachmentController(AttachmentService attachments) {
        this.attachments = attachments;
    }

    @GetMapping("/api/v1/attachments/{id}")
    ResponseEntity<byte[]> download(@PathVariable long id) {
        AttachmentService.Download file = attachments.download(id);
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.ref().fileName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .contentType(MediaType.parseMediaType(file.ref().contentType()))
                .contentLength(file.content().length)
                .body(file.content());
    }
}
