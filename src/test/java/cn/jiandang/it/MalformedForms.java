package cn.jiandang.it;

import cn.jiandang.attachment.AttachmentKind;
import cn.jiandang.attachment.AttachmentService;
import cn.jiandang.household.PovertyFactor;
import cn.jiandang.region.RegionCode;
import cn.jiandang.security.Officer;
import cn.jiandang.security.TestLogins;
import cn.jiandang.security.TestPeople;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinServletRequest;
import kotlin.jvm.functions.Function0;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;

/**
 * S4's forms: every text field of the new-household application, filled with each poison while the others are valid,
 * must show a Chinese message on that field and store nothing; and forged files, which every upload field passes to
 * the attachment service, are refused as invalid.
 */
final class MalformedForms {

    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final List<String> POISON = List.of(
            "a\u0000b",
            "a\u0007b",
            "<script>alert(1)</script>",
            "1' OR '1'='1'; DROP TABLE household; --",
            "长".repeat(5000),
            "１３８１２３４５６７８");

    private final ApplicationContext ctx;
    private final JdbcTemplate jdbc;
    private final AttachmentService attachments;

    MalformedForms(ApplicationContext ctx, JdbcTemplate jdbc, AttachmentService attachments) {
        this.ctx = ctx;
        this.jdbc = jdbc;
        this.attachments = attachments;
    }

    /** Tries every poison in every field, then the forged files; returns how many tries were made. */
    int tryAll(List<String> findings) {
        int tries = 0;
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(
                uiFactory, new MockSpringServlet(new Routes().autoDiscoverViews("cn.jiandang"), ctx, uiFactory));
        try {
            login(TestLogins.officer("village1"));
            UI.getCurrent().navigate("identification/apply");
            List<String> ids = _find(TextField.class).stream()
                    .map(f -> f.getId().orElse(""))
                    .filter(id -> id.startsWith("apply-"))
                    .toList();
            for (String id : ids) {
                for (String poison : POISON) {
                    if (id.contains("name") && !poison.startsWith("a") && !poison.startsWith("长")) {
                        continue; // a name is free text: markup, quotes or digits in it are data, shown escaped
                    }
                    tries++;
                    UI.getCurrent().navigate("identification/apply");
                    fillValid();
                    TextField field = _get(TextField.class, spec -> spec.withId(id));
                    _setValue(field, poison);
                    int before = cases();
                    _click(_get(Button.class, spec -> spec.withId("apply-submit")));
                    if (cases() != before) {
                        findings.add("form " + id + " accepted " + abbreviate(poison));
                    } else if (!field.isInvalid()
                            || !HAN.matcher(String.valueOf(field.getErrorMessage()))
                                    .find()) {
                        findings.add(
                                "form " + id + " refused " + abbreviate(poison) + " without a message on the field");
                    }
                }
            }
        } finally {
            TestLogins.logout();
            MockVaadin.tearDown();
        }
        return tries + forgedFiles(findings);
    }

    private int forgedFiles(List<String> findings) {
        List<Object[]> forged = List.of(
                new Object[] {"照片.png", "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)},
                new Object[] {"会议记录.pdf", new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0}},
                new Object[] {"承诺书.jpg", new byte[] {(byte) 0xFF, (byte) 0xD8}},
                new Object[] {"../../etc/passwd.png", new byte[0]},
                new Object[] {"大文件.pdf", big()},
                new Object[] {"a\u0000.pdf", new byte[] {0}});
        TestLogins.login("village1");
        try {
            for (Object[] f : forged) {
                MalformedInputIT.expectRefused(
                        () -> attachments.store(
                                RegionCode.of("130125100201"),
                                "s4",
                                "forged",
                                AttachmentKind.NOTICE_PHOTO,
                                (String) f[0],
                                (byte[]) f[1]),
                        findings,
                        "file " + f[0]);
            }
        } finally {
            TestLogins.logout();
        }
        return forged.size();
    }

    private static byte[] big() {
        byte[] b = new byte[6 * 1024 * 1024];
        System.arraycopy("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII), 0, b, 0, 9);
        return b;
    }

    @SuppressWarnings("unchecked")
    private static void fillValid() {
        _setValue(_get(TextField.class, spec -> spec.withId("apply-phone")), "13712345678");
        _setValue(_get(TextField.class, spec -> spec.withId("apply-member-name-0")), "张三");
        _setValue(_get(TextField.class, spec -> spec.withId("apply-member-id-0")), TestPeople.idNumber());
        _setValue(
                (MultiSelectComboBox<PovertyFactor>)
                        _get(MultiSelectComboBox.class, spec -> spec.withId("apply-factors")),
                Set.of(PovertyFactor.ILLNESS));
    }

    private int cases() {
        return jdbc.queryForObject("select count(*) from identification_case", Integer.class);
    }

    private static String abbreviate(String s) {
        return s.length() > 20
                ? s.substring(0, 20) + "…"
                : s.replace("\u0000", "\\0").replace("\u0007", "\\a");
    }

    private static void login(Officer officer) {
        Authentication auth = TestLogins.login(officer);
        Set<String> roles = auth.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .map(a -> a.substring("ROLE_".length()))
                .collect(Collectors.toSet());
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(auth);
        request.setUserInRole((principal, role) -> roles.contains(role));
    }
}
