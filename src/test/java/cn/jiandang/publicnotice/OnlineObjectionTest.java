package cn.jiandang.publicnotice;

import cn.jiandang.JiandangSpringTest;
import cn.jiandang.household.HouseholdService;
import cn.jiandang.household.PovertyFactor;
import cn.jiandang.identification.IdentificationCases;
import cn.jiandang.identification.IdentificationIntake;
import cn.jiandang.identification.IdentificationSteps;
import cn.jiandang.identification.ObjectionChannel;
import cn.jiandang.identification.ObjectionView;
import cn.jiandang.region.RegionCode;
import cn.jiandang.security.TestLogins;
import cn.jiandang.tasks.ProcedureHistory;
import cn.jiandang.tasks.TaskListService;
import cn.jiandang.tasks.TaskRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * An objection raised on the public board: it reaches the township's objection task of the case like an officer's,
 * marked online and shown on the case's timeline; a wrong, forged or reused human check, a phone that breaks R10 and
 * too many attempts per address or phone are refused in Chinese with nothing stored.
 */
@JiandangSpringTest
class OnlineObjectionTest {

    /** Each test posts from its own addresses: the per-address limit is shared by the whole context. */
    private static final AtomicInteger ADDRESS = new AtomicInteger();

    @Autowired
    MockMvc mvc;

    @Autowired
    HouseholdService households;

    @Autowired
    IdentificationCases identification;

    @Autowired
    IdentificationIntake intake;

    @Autowired
    IdentificationSteps steps;

    @Autowired
    TaskListService tasks;

    @Autowired
    ProcedureHistory history;

    @Autowired
    JdbcTemplate jdbc;

    NoticeCases cases;

    @BeforeEach
    void cases() {
        cases = new NoticeCases(intake, steps, tasks, households, jdbc);
    }

    @AfterEach
    void logout() {
        TestLogins.logout();
    }

    @Test
    void anOnlineObjectionReachesTheTownshipsObjectionTaskMarkedOnlineAndOnTheTimeline() throws Exception {
        NoticeCases.OnNotice n = cases.onNotice(PovertyFactor.DISASTER);
        MvcResult done = object(n, address(), "王五", "13912345678", "该户家中有小轿车一辆，收入情况不实");
        assertThat(done.getResponse().getStatus()).isEqualTo(200);
        assertThat(body(done)).contains("您的异议已提交").doesNotContain("13912345678");
        assertThat(done.getResponse().getHeaders("Set-Cookie")).isEmpty();

        TestLogins.login("township1");
        List<ObjectionView> raised = identification.objections(n.caseId());
        assertThat(raised).singleElement().satisfies(o -> {
            assertThat(o.channel()).isEqualTo(ObjectionChannel.ONLINE);
            assertThat(o.raiserName()).isEqualTo("王五");
            assertThat(o.raiserPhoneMasked()).isEqualTo("139****5678");
            assertThat(o.content()).isEqualTo("该户家中有小轿车一辆，收入情况不实");
        });
        TaskRow handle = tasks.page(0, 500).stream()
                .filter(r -> r.task().caseId() != null
                        && r.task().caseId() == n.caseId()
                        && r.task().taskDefinitionKey().equals("handleObjection"))
                .findFirst()
                .orElseThrow();
        assertThat(steps.objectionOf(handle.task().id()).id())
                .isEqualTo(raised.get(0).id());
        assertThat(history.forHousehold(n.householdId(), RegionCode.of(NoticeCases.VILLAGE)))
                .filteredOn(e -> "handleObjection".equals(e.stepKey()))
                .singleElement()
                .satisfies(e -> assertThat(e.comments())
                        .singleElement()
                        .asString()
                        .contains("网上公示栏异议", "王五", "139****5678", "小轿车")
                        .doesNotContain("13912345678"));
        Integer audited = jdbc.queryForObject(
                "select count(*) from audit_entry where entity_type = 'OnlineObjection' and entity_id = ?",
                Integer.class,
                String.valueOf(raised.get(0).id()));
        assertThat(audited).isEqualTo(1);
    }

    @Test
    void aWrongForgedOrReusedHumanCheckIsRefusedAndNothingIsStored() throws Exception {
        NoticeCases.OnNotice n = cases.onNotice(PovertyFactor.EDUCATION);
        String page = page(n);
        String wrong = String.valueOf(Integer.parseInt(PublicForms.answer(page)) + 1);
        MvcResult refused = submit(n, address(), "赵六", "13812340000", "异议", wrong, PublicForms.token(page));
        assertThat(refused.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(refused)).contains("验证题答案不正确", "赵六").contains("value=\"13812340000\"");

        String forged = PublicForms.token(page).replaceFirst("\\.[0-9a-f]{32}$", ".00000000000000000000000000000000");
        assertThat(body(submit(n, address(), "赵六", "13812340000", "异议", PublicForms.answer(page), forged)))
                .contains("验证题答案不正确");
        String expired =
                "1" + PublicForms.token(page).substring(PublicForms.token(page).indexOf('.'));
        assertThat(body(submit(n, address(), "赵六", "13812340000", "异议", PublicForms.answer(page), expired)))
                .contains("验证题已超时");
        assertThat(objections(n)).isZero();

        String answer = PublicForms.answer(page);
        String token = PublicForms.token(page);
        assertThat(submit(n, address(), "赵六", "13812340001", "第一次", answer, token)
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
        MvcResult reused = submit(n, address(), "赵六", "13812340002", "第二次", answer, token);
        assertThat(reused.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(reused)).contains("该验证题已使用过");
        assertThat(objections(n)).isEqualTo(1);
    }

    @Test
    void aPhoneBreakingR10OrMissingFieldsAreNamedInChinese() throws Exception {
        NoticeCases.OnNotice n = cases.onNotice(PovertyFactor.LACK_OF_WATER);
        MvcResult bad = object(n, address(), "", "12345", " ");
        assertThat(bad.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(bad)).contains("请填写您的姓名", "联系电话无效", "请填写异议内容");
        assertThat(objections(n)).isZero();
        assertThat(object(n, address(), "钱七", "0311-86012345", "固定电话也可以")
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
    }

    @Test
    void anAddressIsLimitedPerHourAndAPhonePerDay() throws Exception {
        NoticeCases.OnNotice n = cases.onNotice(PovertyFactor.LACK_OF_LAND);
        String crowded = address();
        for (int i = 0; i < 5; i++) {
            // refused attempts count too: guessing the check is throttled
            submit(n, crowded, "孙八", "13700000000", "异议" + i, "999", "1.x.y");
        }
        MvcResult limited = object(n, crowded, "孙八", "13700000001", "再提一次");
        assertThat(limited.getResponse().getStatus()).isEqualTo(429);
        assertThat(body(limited)).contains("提交过于频繁");

        String phone = "1360000" + String.format("%04d", ADDRESS.get());
        for (int i = 0; i < 3; i++) {
            assertThat(object(n, address(), "周九", phone, "异议" + i).getResponse().getStatus())
                    .isEqualTo(200);
        }
        MvcResult fourth = object(n, address(), "周九", phone, "第四条");
        assertThat(fourth.getResponse().getStatus()).isEqualTo(429);
        assertThat(body(fourth)).contains("同一电话号码");
        assertThat(objections(n)).isEqualTo(3);
    }

    @Test
    void noObjectionOnceTheNoticeIsOverOrOnAnAnnouncement() throws Exception {
        NoticeCases.OnNotice n = cases.onNotice(PovertyFactor.LACK_OF_SKILLS);
        String page = page(n);
        jdbc.update("update public_notice set source = 'IDENTIFICATION_ANNOUNCEMENT' where id = ?", n.noticeId());
        MvcResult refused =
                submit(n, address(), "吴十", "13500000000", "异议", PublicForms.answer(page), PublicForms.token(page));
        assertThat(refused.getResponse().getStatus()).isEqualTo(409);
        assertThat(body(refused)).contains("公告不受理网上异议").doesNotContain("<form");
        assertThat(objections(n)).isZero();
    }

    private MvcResult object(NoticeCases.OnNotice n, String from, String name, String phone, String text)
            throws Exception {
        String page = page(n);
        return submit(n, from, name, phone, text, PublicForms.answer(page), PublicForms.token(page));
    }

    private MvcResult submit(
            NoticeCases.OnNotice n, String from, String name, String phone, String text, String answer, String token)
            throws Exception {
        return mvc.perform(post(PublicPages.noticePath(NoticeCases.VILLAGE, n.noticeId()) + "/objections")
                        .with(r -> {
                            r.setRemoteAddr(from);
                            return r;
                        })
                        .param("name", name)
                        .param("phone", phone)
                        .param("content", text)
                        .param("answer", answer)
                        .param("check", token))
                .andReturn();
    }

    private String page(NoticeCases.OnNotice n) throws Exception {
        return body(mvc.perform(get(PublicPages.noticePath(NoticeCases.VILLAGE, n.noticeId())))
                .andReturn());
    }

    private int objections(NoticeCases.OnNotice n) {
        Integer count = jdbc.queryForObject(
                "select count(*) from identification_objection where case_id = ?", Integer.class, n.caseId());
        return count == null ? 0 : count;
    }

    private static String address() {
        return "10.17." + (ADDRESS.incrementAndGet() / 250) + "." + (ADDRESS.get() % 250 + 1);
    }

    private static String body(MvcResult r) throws Exception {
        return r.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
