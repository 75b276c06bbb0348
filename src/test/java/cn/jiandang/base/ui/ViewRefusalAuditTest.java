package cn.jiandang.base.ui;

import cn.jiandang.KaribuTest;
import cn.jiandang.functionopening.ui.FunctionOpeningView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** A view refused for the officer's role is audited like any other refusal; a view it may open writes nothing. */
class ViewRefusalAuditTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aRefusedViewIsAudited() {
        long before = jdbc.queryForObject("select coalesce(max(id), 0) from audit_entry", Long.class);
        login("village1");
        assertThat(RouteAccessTest.shows("function-opening", FunctionOpeningView.class))
                .isFalse();
        assertThat(jdbc.queryForList(
                        "select entity_id from audit_entry where id > ? and actor = 'village1'"
                                + " and action = 'ACCESS_REFUSED' and entity_type = 'View'",
                        String.class,
                        before))
                .containsExactly("/function-opening");

        login("province1");
        long after = jdbc.queryForObject("select coalesce(max(id), 0) from audit_entry", Long.class);
        assertThat(RouteAccessTest.shows("function-opening", FunctionOpeningView.class))
                .isTrue();
        assertThat(jdbc.queryForList(
                        "select actor || ' ' || entity_type || ' ' || coalesce(entity_id, '') || ' ' || detail"
                                + " from audit_entry where id > ? and action = 'ACCESS_REFUSED'",
                        String.class,
                        after))
                .isEmpty();
    }
}
