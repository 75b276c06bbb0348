package cn.jiandang.base;

import org.apache.catalina.Container;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Requests the container refuses before the application sees them (an invalid percent-encoding, a raw non-ASCII
 * character in the query) get the app's Chinese answer instead of Tomcat's English HTML: problem details, or the
 * error page for browsers.
 */
@Component
class ContainerErrors implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            Container host = context.getParent();
            if (host instanceof StandardHost standardHost) {
                standardHost.setErrorReportValveClass(ChineseErrorValve.class.getName());
            }
        });
    }

    /** Tomcat's last resort, answering like {@link ErrorPages}. Public: Tomcat creates it by its class name. */
    public static class ChineseErrorValve extends ErrorReportValve {

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            String uri = String.valueOf(request.getCoyoteRequest().requestURI());
            String accept = request.getHeader("Accept");
            boolean html = !uri.startsWith("/api/")
                    && !uri.startsWith("/engine-rest")
                    && accept != null
                    && accept.contains("text/html");
            try {
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                response.setContentType(html ? "text/html" : "application/problem+json");
                Writer writer = response.getReporter();
                if (writer != null) {
                    writer.write(
                            html
                                    ? ErrorPages.html(status, Failures.text(status), null)
                                    : "{\"type\":\"about:blank\",\"title\":\"" + Failures.title(status)
                                            + "\",\"status\":" + status + ",\"detail\":\"" + Failures.text(status)
                                            + "\"}");
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException e) {
                // the client is gone or the response committed meanwhile: nothing left to tell
            }
        }
    }
}
