package cn.jiandang.attachment;

import cn.jiandang.JiandangSpringTest;
import cn.jiandang.security.TestLogins;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** {@code GET /api/v1/attachments/{id}}: the file under its own name inside the region, 403 and audited outside. */
@JiandangSpringTest
class AttachmentDownloadTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AttachmentService attachments;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void logout() {
        TestLogins.logout();
    }

    @Test
    void anOfficerOfTheRegionDownloadsTheFileUnderItsChineseNameWithTheTypeReadFromItsContent() throws Exception {
        TestLogins.login("village1");
        AttachmentRef minutes = attachments.store(
                AttachmentServiceTest.VILLAGE1,
                "case",
                UUID.randomUUID().toString(),
                AttachmentKind.MINUTES,
                "评议会议记录 2026.pdf",
                AttachmentServiceTest.PDF);
        TestLogins.logout();
        for (String user : new String[] {"village1", "township1", "county1"}) {
            mvc.perform(get("/api/v1/attachments/" + minutes.id()).with(httpBasic(user, "demo")))
                    .andExpect(status().isOk())
                    .andExpect(content().contentType("application/pdf"))
                    .andExpect(header().string("Content-Disposition", startsWith("attachment;")))
                    .andExpect(
                            header().string(
                                            "Content-Disposition",
                                            containsString(
                                                    "filename*=UTF-8''%E8%AF%84%E8%AE%AE%E4%BC%9A%E8%AE%AE%E8%AE%B0%E5%BD%95%202026.pdf")))
                    .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                    .andExpect(content().bytes(AttachmentServiceTest.PDF));
        }
    }

    @Test
    void anOfficerOfAnotherRegionIsRefusedWith403AndTheRefusalIsAudited() throws Exception {
        TestLogins.login("village1");
        AttachmentRef photo = attachments.store(
                AttachmentServiceTest.VILLAGE1,
                "case",
                UUID.randomUUID().toString(),
                AttachmentKind.NOTICE_PHOTO,
                "公示.png",
                AttachmentServiceTest.PNG);
        TestLogins.logout();
        long before = jdbc.queryForObject("select coalesce(max(id), 0) from audit_entry", Long.class);
        for (String user : new String[] {"village2", "township2", "county2"}) {
            mvc.perform(get("/api/v1/attachments/" + photo.id()).with(httpBasic(user, "demo")))
                    .andExpect(status().isNotFound())
                    .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                    .andExpect(jsonPath("$.detail", startsWith("未找到该记录，或它不在您的辖区内")));
        }
        assertThat(jdbc.queryForList(
                        "select actor from audit_entry where id > ? and action = 'ACCESS_REFUSED'"
                                + " and entity_type = 'Attachment' and entity_id = ?",
                        String.class,
                        before,
                        String.valueOf(photo.id())))
                .containsExactlyInAnyOrder("village2", "township2", "county2");
    }

    @Test
    void anUnknownAttachmentIs404AndAnAnonymousCallerIs401() throws Exception {
        mvc.perform(get("/api/v1/attachments/987654321").with(httpBasic("county1", "demo")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/attachments/1")).andExpect(status().isUnauthorized());
    }
}
