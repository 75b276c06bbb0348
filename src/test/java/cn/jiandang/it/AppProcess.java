package cn.jiandang.it;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Collectors;

/**
 * The app as a separate JVM on the PostgreSQL the ITs use (JIANDANG_TEST_DB_*), as a server runs it: the main class on
 * the compiled classes and the dependencies of this test run (test classes left out), profile postgres with the demo
 * logins, the background pollers off as in the ITs' profile. {@link #kill()} is SIGKILL; the log goes to target/.
 */
final class AppProcess implements AutoCloseable {

    static final String DB_URL = env("JIANDANG_TEST_DB_URL", "jdbc:postgresql://127.0.0.1:5432/jiandang_test");
    static final String DB_USER = env("JIANDANG_TEST_DB_USER", "jiandang");
    static final String DB_PASSWORD = env("JIANDANG_TEST_DB_PASSWORD", "jiandang");

    private final Process process;
    private final int port;
    private final Path log;

    private AppProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts the app and waits until it is ready: its start-up runners (demo data) are done (or fails after timeout). */
    static AppProcess start(String name, List<String> jvmOptions, Duration timeout) throws Exception {
        int port = freePort();
        Path target = Files.createDirectories(Path.of("target", "app-process"));
        Path log = target.resolve(name + ".log");
        Path argfile = target.resolve(name + ".classpath");
        Files.writeString(argfile, "-cp \"" + classpath().replace("\\", "\\\\") + "\"");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("@" + argfile.toAbsolutePath());
        command.add("cn.jiandang.JiandangApplication");
        command.addAll(List.of(
                "--spring.profiles.active=postgres",
                "--server.port=" + port,
                "--server.address=127.0.0.1",
                "--spring.datasource.url=" + DB_URL,
                "--spring.datasource.username=" + DB_USER,
                "--spring.datasource.password=" + DB_PASSWORD,
                "--jiandang.demo.enabled=true",
                "--camunda.bpm.job-execution.enabled=false",
                "--jiandang.statistics.cron=-",
                "--jiandang.quality.worker-cron=-",
                "--jiandang.quality.nightly-cron=-",
                "--jiandang.imports.worker-cron=-",
                "--spring.jmx.enabled=false",
                "--spring.main.banner-mode=off"));
        Process p = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        AppProcess app = new AppProcess(p, port, log);
        app.awaitUp(timeout);
        return app;
    }

    int port() {
        return port;
    }

    long pid() {
        return process.pid();
    }

    /** SIGKILL on Linux: no shutdown hook, no connection closed cleanly, whatever was in flight is cut. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    private void awaitUp(Duration timeout) throws Exception {
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest me = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(10))
                .build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        "the app exited with " + process.exitValue() + " while starting:\n" + tail());
            }
            try {
                if (client.send(me, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(250); // polling a process that boots: nothing to be notified by
        }
        process.destroyForcibly();
        throw new IllegalStateException("the app did not answer within " + timeout + ":\n" + tail());
    }

    private String tail() throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    /** This JVM's classpath without the test classes; a manifest-only jar (surefire's booter) is expanded. */
    static String classpath() throws IOException {
        String[] raw = System.getProperty("java.class.path").split(java.io.File.pathSeparator);
        List<String> entries = new ArrayList<>(Arrays.asList(raw));
        if (raw.length == 1 && raw[0].endsWith(".jar")) {
            try (JarFile jar = new JarFile(raw[0])) {
                Manifest m = jar.getManifest();
                String classPath = m == null ? null : m.getMainAttributes().getValue("Class-Path");
                if (classPath != null) {
                    URI base = Path.of(raw[0]).toAbsolutePath().getParent().toUri();
                    entries.clear();
                    for (String url : classPath.split(" ")) {
                        if (!url.isBlank()) {
                            entries.add(Path.of(base.resolve(url)).toString());
                        }
                    }
                }
            }
        }
        return entries.stream()
                .filter(e -> !e.replace('\\', '/').replaceAll("/$", "").endsWith("test-classes"))
                .collect(Collectors.joining(java.io.File.pathSeparator));
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }

    static List<String> options(String... options) {
        return Arrays.asList(options);
    }
}
