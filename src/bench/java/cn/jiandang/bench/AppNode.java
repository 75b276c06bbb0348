package cn.jiandang.bench;

import cn.jiandang.JiandangApplication;
import cn.jiandang.bench.measure.Capture;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import javax.sql.DataSource;
import java.util.HashMap;
import java.util.Map;

/**
 * The whole app (profile postgres, job executor off, no demo data) on one size's database, as in production but
 * with its DataSource wrapped by {@link Capture}. Booting it creates the schema (Flyway, Camunda) on an empty
 * database. One node per size, closed before the next size's starts; P7 starts a second one beside it.
 */
public final class AppNode implements AutoCloseable {

    private final ConfigurableApplicationContext context;
    private final Capture capture;
    private final DataSource raw;
    private final String label;

    private AppNode(ConfigurableApplicationContext context, Capture capture, DataSource raw, String label) {
        this.label = label;
        this.context = context;
        this.capture = capture;
        this.raw = raw;
    }

    /** {@code label} names the size in what the node's measurements write (e.g. "10k"). */
    public static AppNode start(String label, String jdbcUrl, String user, String password) {
        return start(label, jdbcUrl, user, password, Map.of());
    }

    /**
     * A node with settings of its own on top ({@code extra}): a second node in this JVM needs its own engine name
     * ({@code camunda.bpm.process-engine-name}), as a second machine would have its own process.
     */
    public static AppNode start(String label, String jdbcUrl, String user, String password, Map<String, String> extra) {
        Map<String, Object> props = new HashMap<>();
        props.put("spring.datasource.url", jdbcUrl);
        props.put("spring.datasource.username", user);
        props.put("spring.datasource.password", password);
        props.put("spring.datasource.hikari.maximum-pool-size", "8");
        props.put("camunda.bpm.job-execution.enabled", "false");
        props.put("jiandang.demo.enabled", "false");
        // a size's database outlives code versions: a migration merged with a lower version than the newest applied
        // one (V20 and V21 came after V80) is applied to it instead of failing the boot
        props.put("spring.flyway.out-of-order", "true");
        props.put("server.port", "0");
        props.put("vaadin.launch-browser", "false");
        props.put("vaadin.devmode.devTools.enabled", "false");
        props.put("spring.main.banner-mode", "off");
        props.put("logging.level.root", "warn");
        props.put("spring.jmx.enabled", "false");
        props.putAll(extra);
        Capture[] holder = new Capture[1];
        DataSource[] rawHolder = new DataSource[1];
        ConfigurableApplicationContext context = new SpringApplicationBuilder(JiandangApplication.class)
                .profiles("postgres")
                .initializers(ctx -> ctx.getBeanFactory().addBeanPostProcessor(new BeanPostProcessor() {
                    @Override
                    public Object postProcessAfterInitialization(Object bean, String name) throws BeansException {
                        if (bean instanceof DataSource ds && !(bean instanceof Capture) && holder[0] == null) {
                            rawHolder[0] = ds;
                            holder[0] = new Capture(ds);
                            return holder[0];
                        }
                        return bean;
                    }
                }))
                // as command-line arguments: above the profile's own settings (application-postgres.yaml)
                .run(props.entrySet().stream()
                        .map(e -> "--" + e.getKey() + "=" + e.getValue())
                        .toArray(String[]::new));
        return new AppNode(context, holder[0], rawHolder[0], label);
    }

    public String label() {
        return label;
    }

    public ConfigurableApplicationContext context() {
        return context;
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    public Capture capture() {
        return capture;
    }

    /** The pool without the capture: the harness's own queries are not the app's. */
    public DataSource raw() {
        return raw;
    }

    @Override
    public void close() {
        context.close();
    }
}
