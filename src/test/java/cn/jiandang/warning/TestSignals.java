package cn.jiandang.warning;

import cn.jiandang.exchange.ImportJobView;
import cn.jiandang.exchange.ImportJobs;
import cn.jiandang.exchange.ImportMode;
import cn.jiandang.exchange.TestImports;
import cn.jiandang.security.TestLogins;
import org.springframework.context.ApplicationContext;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** Signal files for tests: written as CSV, imported as an officer and worked as the background worker would. */
final class TestSignals {

    private TestSignals() {}

    static String line(String source, String idNumber, Object date, Object amount) {
        return source + "," + idNumber + "," + date + "," + (amount == null ? "" : amount);
    }

    static byte[] csv(List<String> lines) {
        return (String.join(",", SignalRows.HEADERS) + "\r\n" + String.join("\r\n", lines) + "\r\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** Submits the file as the officer, works the queue, and returns the finished job (read as that officer). */
    static ImportJobView importAs(ApplicationContext ctx, String officer, List<String> lines, ImportMode mode) {
        TestLogins.login(officer);
        ImportJobView job = ctx.getBean(SignalImport.class).submit("signals.csv", csv(lines), mode);
        TestImports.runQueued(ctx);
        TestLogins.login(officer);
        return ctx.getBean(ImportJobs.class).job(job.id());
    }
}
