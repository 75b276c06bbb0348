package cn.jiandang.base.ui;

import cn.jiandang.KaribuTest;
import cn.jiandang.common.BusinessException;
import cn.jiandang.tasks.ui.TaskListView;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An error outside a form (a claim refused in the list, a task gone) is one message at the top of the page: a new one
 * replaces the last instead of stacking mid-screen over the fields (issue 16.3).
 */
class ErrorMessagesTest extends KaribuTest {

    @Test
    void aNewErrorReplacesTheLastOneAtTheTopOfThePage() {
        login("township1");
        UI.getCurrent().navigate(TaskListView.class);
        // through the session's own error handler, as an exception thrown by a button would go
        VaadinSession session = VaadinSession.getCurrent();
        assertThat(session.getErrorHandler().getClass().getEnclosingClass()).isEqualTo(UserErrorHandler.class);
        session.getErrorHandler()
                .error(new ErrorEvent(
                        new BusinessException(BusinessException.Kind.CONFLICT, "该任务已由他人办理完毕或已撤回，请刷新任务列表")));
        session.getErrorHandler()
                .error(new ErrorEvent(new RuntimeException(
                        new BusinessException(BusinessException.Kind.FORBIDDEN, "您无权办理该任务（不属于您的角色或辖区）"))));
        MockVaadin.clientRoundtrip();

        List<Notification> open = NotificationsKt.getNotifications().stream()
                .filter(Notification::isOpened)
                .toList();
        assertThat(open).hasSize(1);
        assertThat(open.get(0).getPosition()).isEqualTo(Notification.Position.TOP_CENTER);
        NotificationsKt.expectNotifications("您无权办理该任务（不属于您的角色或辖区）");
    }

    @Test
    void anUnexpectedErrorShowsAGenericMessageInTheUsersLanguage() {
        login("township1");
        UI.getCurrent().navigate(TaskListView.class);
        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(new IllegalStateException("NPE at line 42")));
        MockVaadin.clientRoundtrip();

        NotificationsKt.expectNotifications(UI.getCurrent().getTranslation("error.unexpected"));
    }
}
