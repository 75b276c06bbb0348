package cn.jiandang.publicnotice;

import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** The public board as an anonymous visitor reads it, for the tests of the procedures that post to it. */
public final class PublicBoardPages {

    private static final Pattern NOTICE_LINK = Pattern.compile("href=\"(/public/notices/\\d{12}/\\d+)\"[^>]*>([^<]*)<");

    private PublicBoardPages() {}

    /** The village's board page, checked to hold no ID or phone number. */
    public static String board(MockMvc mvc, String village) throws Exception {
        return page(mvc, "/public/notices/" + village);
    }

    /** The page of the board's notice whose title contains {@code title}, checked as the board is. */
    public static String notice(MockMvc mvc, String village, String title) throws Exception {
        return page(mvc, path(mvc, village, title));
    }

    /**
     * Raises an objection on that notice as a visitor from {@code address} does: its page's form, the sum answered.
     * Returns the answer page (200 expected).
     */
    public static String object(
            MockMvc mvc, String village, String title, String address, String name, String phone, String text)
            throws Exception {
        String path = path(mvc, village, title);
        String page = page(mvc, path);
        var response = mvc.perform(post(path + "/objections")
                        .with(r -> {
                            r.setRemoteAddr(address);
                            return r;
                        })
                        .param("name", name)
                        .param("phone", phone)
                        .param("content", text)
                        .param("answer", PublicForms.answer(page))
                        .param("check", PublicForms.token(page)))
                .andReturn()
                .getResponse();
        String html = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(response.getStatus()).as(html).isEqualTo(200);
        return html;
    }

    private static String path(MockMvc mvc, String village, String title) throws Exception {
        Matcher m = NOTICE_LINK.matcher(board(mvc, village));
        while (m.find()) {
            if (m.group(2).contains(title)) {
                return m.group(1);
            }
        }
        throw new AssertionError("no notice titled " + title + " on the board of " + village);
    }

    private static String page(MockMvc mvc, String path) throws Exception {
        var response = mvc.perform(get(path)).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        String html = response.getContentAsString(StandardCharsets.UTF_8);
        PublicNoticeBoardTest.noNumbers(html);
        return html;
    }
}
