package cn.jiandang;

import cn.jiandang.household.CategoryChangeRequest;
import cn.jiandang.household.HouseholdService;
import cn.jiandang.security.SystemActor;
import cn.jiandang.tasks.Procedures;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.ApplicationRunner;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.core.domain.properties.HasModifiers.Predicates.modifier;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the module graph alone does not say: only procedures change a household's category, only {@link Procedures}
 * starts a process instance, and only seeders, scheduled jobs, start-up runners and the job executor act as the
 * {@link SystemActor}.
 */
class ArchitectureRulesTest {

    private static final String[] PROCEDURES = {
        "cn.jiandang.identification",
        "cn.jiandang.riskelimination",
        "cn.jiandang.rectification",
        "cn.jiandang.yearend",
        "cn.jiandang.villageexit",
        "cn.jiandang.assistance",
        "cn.jiandang.functionopening"
    };

    private static final DescribedPredicate<JavaClass> VIEWS_AND_CONTROLLERS = resideInAPackage("..ui..")
            .or(assignableTo(Component.class))
            .or(annotatedWith(RestController.class))
            .or(annotatedWith(Controller.class))
            .or(simpleNameEndingWith("Controller"))
            .as("views and controllers");

    /** A procedure's package-private part its delegates call, or the demo seeder (as the system). */
    private static final DescribedPredicate<JavaClass> PROCEDURE_CALLBACKS = resideInAnyPackage(PROCEDURES)
            .and(DescribedPredicate.not(modifier(JavaModifier.PUBLIC)))
            .or(resideInAPackage("cn.jiandang.demo"))
            .as("package-private classes of procedure modules (their process callbacks) or the demo seeder");

    static final ArchRule VIEWS_AND_CONTROLLERS_NEVER_CHANGE_A_CATEGORY = noClasses()
            .that(VIEWS_AND_CONTROLLERS)
            .should()
            .callMethod(HouseholdService.class, "changeCategory", CategoryChangeRequest.class);

    static final ArchRule ONLY_PROCEDURE_CALLBACKS_CHANGE_A_CATEGORY = methods()
            .that()
            .areDeclaredIn(HouseholdService.class)
            .and()
            .haveName("changeCategory")
            .should()
            .onlyBeCalled()
            .byClassesThat(PROCEDURE_CALLBACKS);

    static final ArchRule ONLY_PROCEDURES_STARTS_AN_INSTANCE = noClasses()
            .that()
            .doNotHaveFullyQualifiedName(Procedures.class.getName())
            .should()
            .callMethodWhere(DescribedPredicate.describe(
                    "RuntimeService.startProcessInstance…",
                    (JavaMethodCall call) -> call.getTargetOwner().isAssignableTo(RuntimeService.class)
                            && call.getName().startsWith("startProcessInstance")));

    static final ArchRule PROCEDURES_USE_THE_ENGINE_THROUGH_TASKS = noClasses()
            .that()
            .resideInAnyPackage(PROCEDURES)
            .and()
            .haveSimpleNameNotEndingWith("DemoSeeder")
            .should()
            .dependOnClassesThat()
            .areAssignableTo(RuntimeService.class)
            .orShould()
            .dependOnClassesThat()
            .areAssignableTo(TaskService.class);

    /** Work no officer starts: a class with a {@code @Scheduled} method, or one run once at start. */
    static final DescribedPredicate<JavaClass> SCHEDULED_OR_AT_START = DescribedPredicate.describe(
            "scheduled jobs (a @Scheduled method) or start-up runners (ApplicationRunner)",
            c -> c.isAssignableTo(ApplicationRunner.class)
                    || c.getMethods().stream().anyMatch(m -> m.isAnnotatedWith(Scheduled.class)));

    static final ArchRule ONLY_SEEDERS_JOBS_AND_THE_JOB_EXECUTOR_ACT_AS_THE_SYSTEM = methods()
            .that()
            .areDeclaredIn(SystemActor.class)
            .and()
            .haveNameMatching("run|call|decorate")
            .should()
            .onlyBeCalled()
            .byClassesThat(resideInAPackage("cn.jiandang.security")
                    .or(resideInAPackage("cn.jiandang.demo"))
                    .or(simpleNameEndingWith("DemoSeeder"))
                    // an anonymous visitor's objection on the public board is recorded by the system (issue 17)
                    .or(resideInAPackage("cn.jiandang.publicnotice").and(simpleNameEndingWith("OnlineObjections")))
                    .or(SCHEDULED_OR_AT_START));

    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("cn.jiandang");
    }

    @Test
    void onlyTheProceduresChangeACategoryNeverAViewOrAController() {
        VIEWS_AND_CONTROLLERS_NEVER_CHANGE_A_CATEGORY.check(main);
        ONLY_PROCEDURE_CALLBACKS_CHANGE_A_CATEGORY.check(main);
    }

    @Test
    void aViewOrAControllerThatChangesACategoryBreaksTheRules() {
        JavaClasses rogues =
                new ClassFileImporter().importClasses(RogueView.class, RogueController.class, HouseholdService.class);
        assertThat(VIEWS_AND_CONTROLLERS_NEVER_CHANGE_A_CATEGORY
                        .evaluate(rogues)
                        .getFailureReport()
                        .getDetails())
                .hasSize(2)
                .anyMatch(line -> line.contains(RogueView.class.getName()))
                .anyMatch(line -> line.contains(RogueController.class.getName()));
        assertThat(ONLY_PROCEDURE_CALLBACKS_CHANGE_A_CATEGORY.evaluate(rogues).hasViolation())
                .isTrue();
    }

    @Test
    void proceduresStartOnlyThroughTasksAndUseNoEngineServiceOfTheirOwn() {
        ONLY_PROCEDURES_STARTS_AN_INSTANCE.check(main);
        PROCEDURES_USE_THE_ENGINE_THROUGH_TASKS.check(main);
    }

    @Test
    void onlySeedersScheduledJobsAndTheJobExecutorActAsTheSystem() {
        ONLY_SEEDERS_JOBS_AND_THE_JOB_EXECUTOR_ACT_AS_THE_SYSTEM.check(main);
        JavaClasses rogue = new ClassFileImporter().importClasses(RogueController.class, SystemActor.class);
        assertThat(ONLY_SEEDERS_JOBS_AND_THE_JOB_EXECUTOR_ACT_AS_THE_SYSTEM
                        .evaluate(rogue)
                        .hasViolation())
                .isTrue();
        JavaClasses job = new ClassFileImporter().importClasses(NightlyJob.class, SystemActor.class);
        assertThat(ONLY_SEEDERS_JOBS_AND_THE_JOB_EXECUTOR_ACT_AS_THE_SYSTEM
                        .evaluate(job)
                        .hasViolation())
                .isFalse();
    }

    /** A form that would promote a household itself (not a Spring bean, not a route: never instantiated). */
    static class RogueView extends Div {
        void promote(HouseholdService households, CategoryChangeRequest request) {
            households.changeCategory(request);
        }
    }

    /** An endpoint that would do the same, and bypass every check as the system. */
    static class RogueController {
        void promote(HouseholdService households, CategoryChangeRequest request) {
            SystemActor.run(() -> households.changeCategory(request));
        }
    }

    /** A scheduled job: nobody is logged in when it fires, so it acts as the system. */
    static class NightlyJob {
        @Scheduled(cron = "0 0 1 * * *")
        void nightly(HouseholdService households, CategoryChangeRequest request) {
            SystemActor.run(() -> households.changeCategory(request));
        }
    }
}
