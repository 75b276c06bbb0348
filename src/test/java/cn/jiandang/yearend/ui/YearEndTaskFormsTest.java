package cn.jiandang.yearend.ui;

import cn.jiandang.KaribuTest;
import cn.jiandang.TaskPages;
import cn.jiandang.TestHouseholds;
import cn.jiandang.TestIncomes;
import cn.jiandang.household.Category;
import cn.jiandang.household.HouseholdService;
import cn.jiandang.household.basedata.BaseDataService;
import cn.jiandang.security.Officer;
import cn.jiandang.security.Role;
import cn.jiandang.security.TestLogins;
import cn.jiandang.yearend.CandidateView;
import cn.jiandang.yearend.YearEndCaseView;
import cn.jiandang.yearend.YearEndCases;
import cn.jiandang.yearend.YearEndStatus;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinServletRequest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;

import java.util.List;
import java.util.Set;

import static cn.jiandang.TaskPages.assertInvalid;
import static cn.jiandang.yearend.YearEndVariables.*;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The year-end list through every step's form: the round's notice days and an excluded household's reason are
 * named beside the field; village, township and county decide, the county announces.
 */
class YearEndTaskFormsTest extends KaribuTest {

    static final int YEAR = 2033;
    static final String VILLAGE = "130126101201";
    static final Officer VILLAGE_OFFICER = TestLogins.officer("yt-village", Role.VILLAGE_OFFICER, VILLAGE);
    static final Officer TOWNSHIP_OFFICER = TestLogins.officer("yt-township", Role.TOWNSHIP_OFFICER, "130126101000");

    @Autowired
    YearEndCases yearEnd;

    @Autowired
    HouseholdService households;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    BaseDataService baseData;

    @Autowired
    TaskPages pages;

    @Test
    @SuppressWarnings("unchecked")
    void everyStepIsDecidedFromItsFormAndWrongFieldsAreNamedFirst() {
        TestLogins.login(VILLAGE_OFFICER);
        long household = TestHouseholds.register(households, VILLAGE, Category.NEWLY_POOR);
        TestIncomes.record(baseData, household, YEAR, TestIncomes.HIGH);

        login("county2");
        UI.getCurrent().navigate("year-end");
        _setValue(_get(IntegerField.class, spec -> spec.withId("yearend-year")), YEAR);
        _setValue(_get(IntegerField.class, spec -> spec.withId("yearend-notice-days")), 0);
        _click(_get(Button.class, spec -> spec.withId("yearend-open")));
        assertInvalid(_get(IntegerField.class, spec -> spec.withId("yearend-notice-days")), "应在1到30之间");
        assertThat(jdbc.queryForObject("select count(*) from year_end_round where round_year = ?", Integer.class, YEAR))
                .isZero();
        _setValue(_get(IntegerField.class, spec -> spec.withId("yearend-notice-days")), 7);
        _click(_get(Button.class, spec -> spec.withId("yearend-open")));

        loginAs(VILLAGE_OFFICER, "VILLAGE_OFFICER");
        YearEndCaseView c = yearEnd.cases().stream()
                .filter(x -> x.year() == YEAR && x.villageCode().equals(VILLAGE))
                .findFirst()
                .orElseThrow();
        pages.open(PROCESS_KEY, c.id(), TASK_VILLAGE_APPRAISAL);
        List<CandidateView> list = yearEnd.candidates(c.id());
        int row = list.indexOf(list.stream()
                .filter(v -> v.householdId() == household)
                .findFirst()
                .orElseThrow());
        Grid<CandidateView> grid = _get(Grid.class, spec -> spec.withId("yearend-candidates"));
        ((Checkbox) GridKt._getCellComponent(grid, row, "included")).setValue(false);
        TaskPages.submit();
        assertInvalid((TextField) GridKt._getCellComponent(grid, row, "reason"), "请填写此项");
        assertThat(yearEnd.find(c.id()).status()).isEqualTo(YearEndStatus.APPRAISAL);
        ((TextField) GridKt._getCellComponent(grid, row, "reason")).setValue("家中新增重病患者");
        TaskPages.submit();
        assertThat(yearEnd.find(c.id()).status()).isEqualTo(YearEndStatus.NOTICE);

        pages.executeTimer(PROCESS_KEY, c.id(), "noticeEnded");
        loginAs(TOWNSHIP_OFFICER, "TOWNSHIP_OFFICER");
        pages.open(PROCESS_KEY, c.id(), TASK_TOWNSHIP_VERIFICATION);
        TaskPages.submit();
        login("county2");
        pages.open(PROCESS_KEY, c.id(), TASK_COUNTY_APPROVAL);
        TaskPages.submit();
        pages.open(PROCESS_KEY, c.id(), TASK_ANNOUNCEMENT);
        TaskPages.submit();

        TestLogins.login("county2");
        assertThat(yearEnd.find(c.id()).status()).isEqualTo(YearEndStatus.DONE);
        assertThat(households.details(household).category()).isEqualTo(Category.NEWLY_POOR);
    }

    private static void loginAs(Officer officer, String role) {
        Authentication auth = TestLogins.login(officer);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(auth);
        request.setUserInRole((principal, r) -> Set.of(role).contains(r));
    }
}
