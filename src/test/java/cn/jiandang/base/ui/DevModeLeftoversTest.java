package cn.jiandang.base.ui;

import cn.jiandang.JiandangSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What `./mvnw spring-boot:run` showed on every page and should not: the favicon request answered 404, and Vaadin's
 * development toolbar put an English "Development Mode" notice on every page. The app ships a favicon (a static
 * file served without a login) and keeps the toolbar off unless JIANDANG_DEV_TOOLS=true; the test profiles no longer
 * switch it off themselves, so this reads the app's own default. IdentificationWalkIT checks both in the browser
 * (the favicon answers 200, no toolbar on the page).
 */
@JiandangSpringTest
class DevModeLeftoversTest {

    @Autowired
    Environment environment;

    @Test
    void theFaviconIsAnIconServedToAnyone() throws Exception {
        ClassPathResource icon = new ClassPathResource("META-INF/resources/favicon.ico");
        assertThat(icon.exists()).as("ui/favicon.ico, served at /favicon.ico").isTrue();
        byte[] bytes = icon.getContentAsByteArray();
        // an ICO file: reserved 0, type 1 (icon), at least one image
        assertThat(bytes[0]).isZero();
        assertThat(bytes[2]).isEqualTo((byte) 1);
        assertThat(bytes[4]).isPositive();
    }

    @Test
    void vaadinsDevelopmentToolbarIsOffUnlessAskedFor() {
        assertThat(environment.getProperty("vaadin.devmode.devTools.enabled", Boolean.class, true))
                .isFalse();
    }
}
