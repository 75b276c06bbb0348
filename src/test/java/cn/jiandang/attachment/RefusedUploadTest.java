package cn.jiandang.attachment;

import cn.jiandang.KaribuTest;
import cn.jiandang.region.RegionCode;
import cn.jiandang.tasks.ui.TaskListView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.StandardCharsets;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A file the server refuses is never shown as uploaded: the field shows ✗ with the file's name and the reason, and a
 * stored file shows as its download link. That the browser's own list (which ticks every file the server received)
 * loses the refused file is checked in Chromium by IdentificationWalkIT.
 */
class RefusedUploadTest extends KaribuTest {

    static final RegionCode VILLAGE1 = RegionCode.of("130125100201");
    static final byte[] PDF = "%PDF-1.4\n%signed".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    AttachmentService attachments;

    @Test
    void aRefusedFileShowsACrossItsNameAndTheReasonAndLeavesTheUploadsList() {
        AttachmentField field = field();
        field.stored("承诺书.pdf", "MZ not a pdf".getBytes(StandardCharsets.UTF_8));

        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).isEqualTo("只能上传 PDF、JPEG 或 PNG 文件（按文件内容判断）");
        assertThat(field.errorText()).isEqualTo("✗ 承诺书.pdf：只能上传 PDF、JPEG 或 PNG 文件（按文件内容判断）");
        assertThat(field.isEmpty()).isTrue();
    }

    @Test
    void aStoredFileShowsOnceAsItsLinkAndClearsAnEarlierRefusal() {
        AttachmentField field = field();
        field.stored("承诺书.pdf", "MZ not a pdf".getBytes(StandardCharsets.UTF_8));
        field.stored("承诺书.pdf", PDF);

        assertThat(field.isInvalid()).isFalse();
        assertThat(field.attachmentIds()).hasSize(1);
        assertThat(_find(field, Anchor.class)).extracting(Anchor::getText).containsExactly("承诺书.pdf（1 KB）");
    }

    private AttachmentField field() {
        login("village1");
        UI.getCurrent().navigate(TaskListView.class);
        AttachmentField field = new AttachmentField(
                attachments, "承诺授权书", VILLAGE1, "refused-upload-test", String.valueOf(System.nanoTime()), "TEST");
        UI.getCurrent().add(field);
        return field;
    }
}
