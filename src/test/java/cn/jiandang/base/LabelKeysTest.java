package cn.jiandang.base;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every code the UI names has its label in both bundles: each constant of every enum of ours with a Chinese
 * {@code label()} ({@code enum.<Type>.<CONSTANT>}), and every procedure and user task of the models
 * ({@code process.<key>}, {@code step.<key>.<task>}). A new constant or step without its English label fails here, before
 * the English walk meets it on a screen. The Chinese bundle's label is the code's own Chinese name.
 */
class LabelKeysTest {

    private static final Pattern PROCESS = Pattern.compile("<bpmn:process id=\"([^\"]+)\"[^>]*name=\"([^\"]+)\"");
    private static final Pattern USER_TASK = Pattern.compile("<bpmn:userTask id=\"([^\"]+)\" name=\"([^\"]+)\"");

    @Test
    void everyEnumConstantWithALabelIsInBothBundles() throws Exception {
        Properties chinese = load("translations.properties");
        Properties english = load("translations_en.properties");
        List<String> checked = new ArrayList<>();
        for (Class<?> type : enumsWithLabels()) {
            for (Object constant : type.getEnumConstants()) {
                String key = "enum." + type.getSimpleName() + "." + ((Enum<?>) constant).name();
                String label = (String) type.getMethod("label").invoke(constant);
                assertThat(chinese.getProperty(key)).as(key).isEqualTo(label);
                assertThat(english.getProperty(key)).as(key).isNotBlank().doesNotContainPattern("\\p{IsHan}");
                checked.add(key);
            }
        }
        assertThat(checked).hasSizeGreaterThan(150);
    }

    @Test
    void everyProcedureAndStepIsInBothBundles() throws IOException {
        Properties chinese = load("translations.properties");
        Properties english = load("translations_en.properties");
        int steps = 0;
        for (Resource bpmn : new PathMatchingResourcePatternResolver().getResources("classpath:processes/*.bpmn")) {
            String xml = bpmn.getContentAsString(StandardCharsets.UTF_8);
            Matcher process = PROCESS.matcher(xml);
            assertThat(process.find()).as(bpmn.getFilename()).isTrue();
            String key = process.group(1);
            assertThat(chinese.getProperty("process." + key)).as(key).isEqualTo(process.group(2));
            assertThat(english.getProperty("process." + key)).as(key).doesNotContainPattern("\\p{IsHan}");
            Matcher task = USER_TASK.matcher(xml);
            while (task.find()) {
                String stepKey = "step." + key + "." + task.group(1);
                assertThat(chinese.getProperty(stepKey)).as(stepKey).isEqualTo(task.group(2));
                assertThat(english.getProperty(stepKey))
                        .as(stepKey)
                        .isNotBlank()
                        .doesNotContainPattern("\\p{IsHan}");
                steps++;
            }
        }
        assertThat(steps).isGreaterThanOrEqualTo(27);
    }

    private static List<Class<?>> enumsWithLabels() throws Exception {
        List<Class<?>> types = new ArrayList<>();
        for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:cn/jiandang/**/*.class")) {
            String path = r.getURL().getPath();
            String name = path.substring(path.indexOf("cn/jiandang/"), path.length() - ".class".length())
                    .replace('/', '.');
            if (name.contains("$")) {
                continue;
            }
            Class<?> type = Class.forName(name, false, LabelKeysTest.class.getClassLoader());
            if (type.isEnum() && hasLabel(type)) {
                types.add(type);
            }
        }
        return types;
    }

    private static boolean hasLabel(Class<?> type) {
        try {
            return type.getMethod("label").getReturnType() == String.class;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (var in = LabelKeysTest.class.getResourceAsStream("/vaadin-i18n/" + name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
