package cn.jiandang.attachment;

import cn.jiandang.base.Texts;
import cn.jiandang.common.BusinessException;
import cn.jiandang.region.RegionCode;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * An upload field for a form: PDF/JPEG/PNG up to the limit, checked by content on the server; lists what is
 * attached with download links. {@link #attachmentIds()} gives the ids for the service call. The upload's own file
 * list is the browser's (it ticks every file the server received, even one the server then refused), so it is
 * emptied once the server has decided: what is stored shows as a link, a refused file as ✗ with its name and reason.
 * A file the officer uploaded at this step can be taken back (撤回) until the step is completed.
 */
public class AttachmentField extends Composite<VerticalLayout> implements HasValidation {

    private final AttachmentService service;
    private final RegionCode region;
    private final String ownerType;
    private final String ownerId;
    private final String kind;
    private final String taskId;
    private final VerticalLayout files = new VerticalLayout();
    private final Span error = new Span();
    private final Upload upload;
    private final List<Long> ids = new ArrayList<>();
    private String errorMessage = "";

    public AttachmentField(
            AttachmentService service, String label, RegionCode region, String ownerType, String ownerId, String kind) {
        this(service, label, region, ownerType, ownerId, kind, null);
    }

    /**
     * A field for the files of one step ({@code taskId}): it lists and stores only that step's files of the kind,
     * so that a step taken again (a returned case) documents itself anew.
     */
    public AttachmentField(
            AttachmentService service,
            String label,
            RegionCode region,
            String ownerType,
            String ownerId,
            String kind,
            String taskId) {
        this.service = service;
        this.taskId = taskId;
        this.region = region;
        this.ownerType = ownerType;
        this.ownerId = ownerId;
        this.kind = kind;
        UI ui = UI.getCurrent();
        upload = new Upload(
                UploadHandler.inMemory((metadata, bytes) -> ui.access(() -> stored(metadata.fileName(), bytes))));
        upload.setAcceptedFileTypes("application/pdf", "image/jpeg", "image/png", ".pdf", ".jpg", ".jpeg", ".png");
        upload.setMaxFileSize(service.maxBytes());
        upload.setI18n(i18n(ui));
        upload.addFileRejectedListener(e ->
                refused(e.getFileName(), ui.getTranslation("attachment.rejected", service.maxBytes() / 1024 / 1024)));
        error.addClassName("jd-field-error");
        error.setVisible(false);
        files.setPadding(false);
        files.setSpacing(false);
        getContent().setPadding(false);
        getContent().add(new Span(label), upload, error, files);
        service.list(region, ownerType, ownerId).stream()
                .filter(a -> kind.equals(a.kind()))
                .filter(a -> taskId == null || taskId.equals(a.taskId()))
                .forEach(this::show);
    }

    /** The upload's own texts (buttons, drop hint, errors, progress) in the UI's language, from the bundles. */
    public static UploadI18N i18n(UI ui) {
        Function<String, String> t = key -> ui.getTranslation("polish.upload." + key);
        return new UploadI18N()
                .setDropFiles(
                        new UploadI18N.DropFiles().setOne(t.apply("dropOne")).setMany(t.apply("dropMany")))
                .setAddFiles(new UploadI18N.AddFiles().setOne(t.apply("addOne")).setMany(t.apply("addMany")))
                .setError(new UploadI18N.Error()
                        .setTooManyFiles(t.apply("tooManyFiles"))
                        .setFileIsTooBig(t.apply("fileIsTooBig"))
                        .setIncorrectFileType(t.apply("incorrectFileType")))
                .setUploading(new UploadI18N.Uploading()
                        .setStatus(new UploadI18N.Uploading.Status()
                                .setConnecting(t.apply("connecting"))
                                .setStalled(t.apply("stalled"))
                                .setProcessing(t.apply("processing"))
                                .setHeld(t.apply("held")))
                        .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                                .setPrefix(t.apply("remainingPrefix"))
                                .setUnknown(t.apply("remainingUnknown")))
                        .setError(new UploadI18N.Uploading.Error()
                                .setServerUnavailable(t.apply("serverUnavailable"))
                                .setUnexpectedServerError(t.apply("unexpectedServerError"))
                                .setForbidden(t.apply("forbidden"))))
                .setFile(new UploadI18N.File()
                        .setRetry(t.apply("retry"))
                        .setStart(t.apply("start"))
                        .setRemove(t.apply("remove")))
                .setUnits(List.of("B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB"));
    }

    /** Stores an uploaded file; the same path the upload takes, usable from tests. */
    public void stored(String fileName, byte[] bytes) {
        upload.clearFileList();
        try {
            show(service.store(region, ownerType, ownerId, kind, taskId, fileName, bytes));
            error.setVisible(false);
        } catch (BusinessException e) {
            refused(fileName, e.getMessage());
        }
    }

    /** ✗, the file's name and why it was refused; the reason is the field's error message. */
    private void refused(String fileName, String reason) {
        errorMessage = reason == null ? "" : reason;
        error.setText("✗ " + (fileName == null ? "" : fileName + "：") + errorMessage);
        setInvalid(true);
    }

    public List<Long> attachmentIds() {
        return List.copyOf(ids);
    }

    public boolean isEmpty() {
        return ids.isEmpty();
    }

    public String errorText() {
        return error.isVisible() ? error.getText() : "";
    }

    private void show(AttachmentRef ref) {
        ids.add(ref.id());
        // a file's name is data
        HorizontalLayout row = new HorizontalLayout(Texts.data(link(service, ref)));
        row.setPadding(false);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (taskId != null && taskId.equals(ref.taskId()) && service.uploadedByCaller(ref)) {
            // the wrong file chosen: taken back while the step is open (the service checks both again)
            Button withdraw = new Button(getTranslation("attachment.withdraw"), e -> withdraw(ref, row));
            withdraw.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            withdraw.setId("attachment-withdraw-" + ref.id());
            row.add(withdraw);
        }
        files.add(row);
    }

    private void withdraw(AttachmentRef ref, HorizontalLayout row) {
        try {
            service.withdraw(ref.id());
            ids.remove(Long.valueOf(ref.id()));
            files.remove(row);
            error.setVisible(false);
        } catch (BusinessException e) {
            refused(ref.fileName(), e.getMessage());
        }
    }

    /**
     * A download link to the attachment, labelled with its name and size; the content is read (and the caller's
     * region checked) only when it is clicked.
     */
    public static Anchor link(AttachmentService service, AttachmentRef ref) {
        Anchor link = new Anchor(
                DownloadHandler.fromInputStream(event -> new DownloadResponse(
                        new ByteArrayInputStream(service.content(ref.id())),
                        ref.fileName(),
                        ref.contentType(),
                        ref.sizeBytes())),
                ref.fileName() + "（" + size(ref.sizeBytes()) + "）");
        link.getElement().setAttribute("download", true);
        return link;
    }

    /** A file size as people read it: "12 KB", "1.5 MB". */
    public static String size(long bytes) {
        if (bytes < 1024 * 1024) {
            return Math.max(1, (bytes + 1023) / 1024) + " KB";
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1024.0 / 1024.0);
    }

    @Override
    public void setErrorMessage(String message) {
        errorMessage = message == null ? "" : message;
        error.setText(errorMessage);
    }

    @Override
    public String getErrorMessage() {
        return errorMessage;
    }

    @Override
    public void setInvalid(boolean invalid) {
        error.setVisible(invalid);
    }

    @Override
    public boolean isInvalid() {
        return error.isVisible();
    }
}
