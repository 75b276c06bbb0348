package cn.jiandang.tasks;

import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Asks each procedure's {@link CaseSummaries} about its tasks of a page: one call per procedure on the page. */
@Component
class CaseSubjects {

    private final Map<String, CaseSummaries> byProcess;

    CaseSubjects(List<CaseSummaries> summaries) {
        this.byProcess = summaries.stream().collect(Collectors.toMap(CaseSummaries::processKey, Function.identity()));
    }

    /** The subjects of a page's tasks, by task id. */
    Map<String, CaseSubject> of(List<TaskRef> tasks) {
        Map<String, List<TaskRef>> byKind = tasks.stream()
                .filter(t -> t.processDefinitionKey() != null && byProcess.containsKey(t.processDefinitionKey()))
                .collect(Collectors.groupingBy(TaskRef::processDefinitionKey, LinkedHashMap::new, Collectors.toList()));
        Map<String, CaseSubject> subjects = new HashMap<>();
        byKind.forEach((kind, ofKind) -> subjects.putAll(byProcess.get(kind).subjects(ofKind)));
        return subjects;
    }
}
