package cn.jiandang.base;

import cn.jiandang.JiandangSpringTest;
import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.CannotCreateTransactionException;

import java.sql.SQLTransientConnectionException;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The container's error dispatch (what MockMvc cannot do itself, so the attributes are set as Tomcat sets them) is
 * answered by the app's own page in Chinese for browsers and Chinese problem details for the APIs, never Spring's
 * English "Whitelabel Error Page"; a database away is 503 with Retry-After.
 */
@JiandangSpringTest
class ErrorPagesTest {

    @Autowired
    MockMvc mvc;

    @Test
    void aRefusedCockpitPageIsTheAppsOwnChinesePage() throws Exception {
        mvc.perform(get("/error")
                        .accept(MediaType.TEXT_HTML)
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 403)
                        .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/camunda/app/cockpit/"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andExpect(content()
                        .string(allOf(
                                containsString("<h1>无权访问</h1>"),
                                containsString("返回首页"),
                                not(containsString("Whitelabel")))));
    }

    @Test
    void anApiErrorIsChineseProblemDetails() throws Exception {
        mvc.perform(get("/error")
                        .accept(MediaType.ALL)
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 404)
                        .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/api/v1/nope"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail", is("您要找的页面或接口不存在")))
                .andExpect(jsonPath("$.instance", is("/api/v1/nope")));
        mvc.perform(get("/error")
                        .accept(MediaType.TEXT_HTML)
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 400)
                        .requestAttr(RequestDispatcher.ERROR_MESSAGE, "请求地址无效：请使用规范的地址")
                        .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/api/../engine-rest/task"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail", is("请求地址无效：请使用规范的地址")));
    }

    @Test
    void theDatabaseAwayIsA503WithRetryAfter() throws Exception {
        mvc.perform(get("/error")
                        .accept(MediaType.APPLICATION_JSON)
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
                        .requestAttr(
                                RequestDispatcher.ERROR_EXCEPTION,
                                new CannotCreateTransactionException(
                                        "no connection", new SQLTransientConnectionException("timeout")))
                        .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/api/v1/households"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "30"))
                .andExpect(jsonPath("$.detail", containsString("数据库")));
    }
}
