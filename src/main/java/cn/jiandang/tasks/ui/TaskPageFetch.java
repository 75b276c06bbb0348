package cn.jiandang.tasks.ui;

import cn.jiandang.tasks.TaskCursor;
import cn.jiandang.tasks.TaskFilter;
import cn.jiandang.tasks.TaskListService;
import cn.jiandang.tasks.TaskOrder;
import cn.jiandang.tasks.TaskRow;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.Query;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The grid's pages of one filter. In the default order each page after the first is read by key from where the one
 * before it ended (keyset, no offset scan); a column's sort reads by offset, which only the engine can order.
 */
final class TaskPageFetch implements CallbackDataProvider.FetchCallback<TaskRow, Void> {

    private final TaskListService tasks;
    private final TaskFilter filter;
    /** Where each page fetched so far ended, by the offset of the page after it. */
    private final Map<Integer, TaskCursor> byOffset = new HashMap<>();

    TaskPageFetch(TaskListService tasks, TaskFilter filter) {
        this.tasks = tasks;
        this.filter = filter;
    }

    @Override
    public Stream<TaskRow> fetch(Query<TaskRow, Void> q) {
        List<TaskOrder> order = TaskGrid.order(q.getSortOrders());
        TaskCursor after = order.isEmpty() ? byOffset.get(q.getOffset()) : null;
        List<TaskRow> rows = after != null || (order.isEmpty() && q.getOffset() == 0)
                ? tasks.page(filter, after, q.getLimit())
                : tasks.page(filter, order, q.getOffset(), q.getLimit());
        if (!rows.isEmpty()) {
            byOffset.put(q.getOffset() + rows.size(), TaskCursor.after(rows.get(rows.size() - 1)));
        }
        return rows.stream();
    }
}
