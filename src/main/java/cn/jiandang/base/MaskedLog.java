package cn.jiandang.base;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import cn.jiandang.security.Masking;
import org.springframework.boot.logging.logback.ExtendedWhitespaceThrowableProxyConverter;

/**
 * The application log masks personal numbers like every other output (logback-spring.xml puts these converters in
 * place of %m and %wEx): a database error quoting a key, an engine message or a caller's text never writes a full
 * ID or phone number into a log line.
 */
public final class MaskedLog {

    private MaskedLog() {}

    /** {@code %m}, {@code %msg}, {@code %message}. */
    public static class Message extends MessageConverter {
        @Override
        public String convert(ILoggingEvent event) {
            return Masking.text(super.convert(event));
        }
    }

    /** {@code %wEx}: stack traces, whose messages quote SQL and values. */
    public static class Throwable extends ExtendedWhitespaceThrowableProxyConverter {
        @Override
        protected String throwableProxyToString(IThrowableProxy tp) {
            return Masking.text(super.throwableProxyToString(tp));
        }
    }
}
