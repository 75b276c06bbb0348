package cn.jiandang.base;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The message bundles stay in step: every key in Chinese and English, and the zh_CN bundle identical to the root
 * one (it exists because Java falls back to the JVM's default locale, often English, before the root bundle).
 */
class TranslationsTest {

    @Test
    void everyKeyIsTranslatedAndTheChineseBundlesAreOne() throws IOException {
        Properties root = load("translations.properties");
        Properties chinese = load("translations_zh_CN.properties");
        Properties english = load("translations_en.properties");
        assertThat(chinese).isEqualTo(root);
        assertThat(english.keySet()).containsExactlyInAnyOrderElementsOf(root.keySet());
        assertThat(root.values()).allSatisfy(v -> assertThat(v.toString()).isNotBlank());
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = TranslationsTest.class.getResourceAsStream("/vaadin-i18n/" + name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
