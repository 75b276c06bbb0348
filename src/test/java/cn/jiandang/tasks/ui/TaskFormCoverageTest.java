package cn.jiandang.tasks.ui;

import cn.jiandang.JiandangSpringTest;
import cn.jiandang.tasks.TaskFormFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every user task of every process has a form on the task page. Each form is driven by its role in the
 * procedures' *FormsTest / *TaskFormsTest classes; a new user task without a form fails here first.
 */
@JiandangSpringTest
class TaskFormCoverageTest {

    private static final Pattern PROCESS = Pattern.compile("<bpmn:process id=\"([^\"]+)\"");
    private static final Pattern USER_TASK = Pattern.compile("<bpmn:userTask id=\"([^\"]+)\"");

    @Autowired
    List<TaskFormFactory> forms;

    @Test
    void everyUserTaskOfEveryProcessHasAForm() throws IOException {
        List<String> tasks = new ArrayList<>();
        for (Resource bpmn : new PathMatchingResourcePatternResolver().getResources("classpath:processes/*.bpmn")) {
            String xml = bpmn.getContentAsString(StandardCharsets.UTF_8);
            Matcher process = PROCESS.matcher(xml);
            assertThat(process.find()).as(bpmn.getFilename()).isTrue();
            Matcher task = USER_TASK.matcher(xml);
            while (task.find()) {
                tasks.add(process.group(1) + "/" + task.group(1));
            }
        }
        assertThat(tasks).hasSizeGreaterThanOrEqualTo(27);
        assertThat(tasks)
                .allSatisfy(t -> assertThat(forms)
                        .as("a form for %s", t)
                        .anyMatch(f -> f.supports(t.substring(0, t.indexOf('/')), t.substring(t.indexOf('/') + 1))));
    }
}
