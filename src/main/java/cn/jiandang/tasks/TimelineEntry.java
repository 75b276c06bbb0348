package cn.jiandang.tasks;

import cn.jiandang.attachment.AttachmentRef;

import java.time.Instant;
import java.util.List;

/**
 * One step of a procedure: who did it and when, with the comments written and the files attached at it
 * (minutes, notice photos, signed papers). The names are the models' (Chinese); {@code processKey} and {@code stepKey}
 * name the procedure and step for the officer's language.
 */
public record TimelineEntry(
        String processInstanceId,
        String taskId,
        String procedureName,
        String stepName,
        String actor,
        Instant started,
        Instant ended,
        List<String> comments,
        List<AttachmentRef> attachments,
        String processKey,
        String stepKey) {}
