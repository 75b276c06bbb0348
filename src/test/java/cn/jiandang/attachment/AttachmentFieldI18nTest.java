package cn.jiandang.attachment;

import cn.jiandang.KaribuTest;
import cn.jiandang.region.RegionCode;
import cn.jiandang.tasks.ui.TaskListView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** Issue 6: the upload's own texts follow the officer's language, Chinese first. */
class AttachmentFieldI18nTest extends KaribuTest {

    static final RegionCode VILLAGE1 = RegionCode.of("130125100201");

    @Autowired
    AttachmentService attachments;

    @Test
    void theUploadSpeaksChineseByDefaultAndEnglishAfterTheSwitch() {
        login("village1");
        UI.getCurrent().navigate(TaskListView.class);
        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("zh");
        UploadI18N chinese = upload().getI18n();
        assertThat(chinese.getAddFiles().getMany()).isEqualTo("选择文件…");
        assertThat(chinese.getDropFiles().getMany()).isEqualTo("将文件拖放到此处");
        assertThat(chinese.getError().getFileIsTooBig()).isEqualTo("文件过大");
        assertThat(chinese.getFile().getRemove()).isEqualTo("删除");

        _click(_get(Button.class, spec -> spec.withId("language")));
        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo(Locale.ENGLISH.getLanguage());
        UploadI18N english = upload().getI18n();
        assertThat(english.getAddFiles().getMany()).isEqualTo("Upload Files...");
        assertThat(english.getDropFiles().getMany()).isEqualTo("Drop files here");
        assertThat(english.getError().getIncorrectFileType()).startsWith("Incorrect file type");
        assertThat(english.getUploading().getStatus().getProcessing()).isEqualTo("Processing file...");
    }

    private Upload upload() {
        AttachmentField field = new AttachmentField(attachments, "承诺授权书", VILLAGE1, "i18n-test", "1", "TEST");
        return _get(field, Upload.class);
    }
}
