package cn.jiandang;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.server.AppShellSettings;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

import java.time.Clock;

/** Jiandang (建档): workflow and case management for the registered-poverty archive. */
@SpringBootApplication
@Meta(name = "viewport", content = "width=device-width, initial-scale=1")
public class JiandangApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(JiandangApplication.class, args);
    }

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("建档 Jiandang");
        settings.addLink("stylesheet", "styles/jiandang.css");
    }

    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
