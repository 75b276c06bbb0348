package cn.jiandang.attachment;

import cn.jiandang.JiandangSpringTest;
import cn.jiandang.common.BusinessException;
import cn.jiandang.region.RegionCode;
import cn.jiandang.security.RegionAccessDeniedException;
import cn.jiandang.security.TestLogins;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@JiandangSpringTest
class AttachmentServiceTest {

    static final RegionCode VILLAGE1 = RegionCode.of("130125100201");
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};
    static final byte[] PDF = "%PDF-1.4\n%minutes".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    AttachmentService attachments;

    @AfterEach
    void logout() {
        TestLogins.logout();
    }

    @Test
    void aFileNameLosesControlCharactersAndFoldersBeforeItIsStored() {
        TestLogins.login("village1");
        AttachmentRef stored = attachments.store(
                VILLAGE1, "case", UUID.randomUUID().toString(), "MINUTES", "..\\a\u0000/../会议\u0007记录.pdf", PDF);
        assertThat(stored.fileName()).isEqualTo("会议记录.pdf");
    }

    @Test
    void aPdfAndAPngAreStoredAndReadBackByTheirRegion() {
        TestLogins.login("village1");
        String owner = UUID.randomUUID().toString();
        AttachmentRef minutes = attachments.store(VILLAGE1, "case", owner, "MINUTES", "会议记录.pdf", PDF);
        AttachmentRef photo = attachments.store(VILLAGE1, "case", owner, "NOTICE_PHOTO", "公示.png", PNG);
        assertThat(minutes.contentType()).isEqualTo("application/pdf");
        assertThat(photo.contentType()).isEqualTo("image/png");
        assertThat(attachments.list(VILLAGE1, "case", owner))
                .extracting(AttachmentRef::fileName)
                .containsExactly("会议记录.pdf", "公示.png");
        TestLogins.login("county1");
        assertThat(attachments.content(photo.id())).isEqualTo(PNG);
        TestLogins.login("village2");
        assertThatThrownBy(() -> attachments.content(photo.id())).isInstanceOf(RegionAccessDeniedException.class);
    }

    @Test
    void aFileWhoseContentIsNotPdfJpegOrPngIsRefusedWhateverItsNameAndNothingIsStored() {
        TestLogins.login("village1");
        String owner = UUID.randomUUID().toString();
        assertThatThrownBy(() -> attachments.store(
                        VILLAGE1,
                        "case",
                        owner,
                        "MINUTES",
                        "minutes.pdf",
                        "MZ executable pretending".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("PDF、JPEG 或 PNG")
                .satisfies(
                        e -> assertThat(((BusinessException) e).fieldErrors()).containsKey("file"));
        assertThat(attachments.list(VILLAGE1, "case", owner)).isEmpty();
    }

    @Test
    void aFileOverTheLimitIsRefused() {
        TestLogins.login("village1");
        byte[] big = new byte[attachments.maxBytes() + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        assertThatThrownBy(() -> attachments.store(VILLAGE1, "case", "x", "MINUTES", "big.pdf", big))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("不能超过");
    }

    @Test
    void anotherVillageCannotAttachToThisVillage() {
        TestLogins.login("village2");
        assertThatThrownBy(() -> attachments.store(VILLAGE1, "case", "x", "MINUTES", "m.pdf", PDF))
                .isInstanceOf(RegionAccessDeniedException.class);
    }
}
