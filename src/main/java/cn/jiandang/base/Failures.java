package cn.jiandang.base;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/** What an unexpected failure means for the caller: the database being away is a 503, not the caller's fault. */
final class Failures {

    private Failures() {}

    /** Whether the failure is the database not answering (down, unreachable, pool exhausted, shutting down). */
    static boolean databaseUnavailable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof CannotCreateTransactionException
                    || t instanceof CannotGetJdbcConnectionException
                    || t instanceof DataAccessResourceFailureException
                    || t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException
                    || t instanceof ConnectException) {
                return true;
            }
            // 08: connection exception; 57P: operator intervention (server shutting down); 53: out of resources
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.startsWith("08") || state.startsWith("57P") || state.startsWith("53")) {
                    return true;
                }
            }
            if (t.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")) {
                return true;
            }
        }
        return false;
    }

    /** The status of an unexpected failure: 503 while the database is away, else 500. */
    static HttpStatus statusOf(Throwable failure) {
        return databaseUnavailable(failure) ? HttpStatus.SERVICE_UNAVAILABLE : HttpStatus.INTERNAL_SERVER_ERROR;
    }

    /** The Chinese text of a status, for problem details and the error page. */
    static String text(int status) {
        return switch (status) {
            case 400 -> "请求无效，请检查后重试";
            case 401 -> "请先登录";
            case 403 -> "您无权访问此页面或接口";
            case 404 -> "您要找的页面或接口不存在";
            case 405 -> "该地址不支持此请求方法";
            case 406 -> "无法按请求的格式回答：请接受 application/json";
            case 409 -> "与已有数据冲突，请刷新后重试";
            case 413 -> "请求内容过大";
            case 415 -> "请求正文的类型不支持：请以 application/json 发送";
            case 503 -> "系统繁忙或数据库暂时无法连接，请稍后再试";
            default -> status >= 500 ? "系统内部错误，请稍后再试；如仍出错请联系管理员" : "请求无法处理";
        };
    }

    static String title(int status) {
        return switch (status) {
            case 400 -> "请求无效";
            case 401 -> "请先登录";
            case 403 -> "无权访问";
            case 404 -> "页面不存在";
            case 503 -> "暂时不可用";
            default -> status >= 500 ? "系统出错" : "无法处理";
        };
    }
}
