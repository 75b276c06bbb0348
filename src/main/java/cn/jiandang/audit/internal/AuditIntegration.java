package cn.jiandang.audit.internal;

import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.jpa.boot.spi.IntegratorProvider;
import org.hibernate.service.spi.SessionFactoryServiceRegistry;
import org.springframework.boot.autoconfigure.orm.jpa.HibernatePropertiesCustomizer;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.List;
import java.util.Map;

/** Hooks {@link EntityAuditListener} into Hibernate for every entity, so no service can forget the audit. */
@Component
class AuditIntegration implements HibernatePropertiesCustomizer {

    private final EntityAuditListener listener;

    AuditIntegration(Clock clock, AuditTokens tokens) {
        this.listener = new EntityAuditListener(clock, tokens);
    }

    @Override
    public void customize(Map<String, Object> properties) {
        properties.put("hibernate.integrator_provider", (IntegratorProvider) () -> List.of(new Integrator() {
            @Override
            public void integrate(
                    Metadata metadata, BootstrapContext bootstrapContext, SessionFactoryImplementor sessionFactory) {
                EventListenerRegistry registry =
                        sessionFactory.getServiceRegistry().getService(EventListenerRegistry.class);
                registry.appendListeners(EventType.POST_INSERT, listener);
                registry.appendListeners(EventType.POST_UPDATE, listener);
                registry.appendListeners(EventType.POST_DELETE, listener);
                registry.appendListeners(EventType.PRE_COLLECTION_UPDATE, listener);
                registry.appendListeners(EventType.POST_COLLECTION_RECREATE, listener);
                registry.appendListeners(EventType.PRE_COLLECTION_REMOVE, listener);
            }

            @Override
            public void disintegrate(
                    SessionFactoryImplementor sessionFactory, SessionFactoryServiceRegistry serviceRegistry) {}
        }));
    }
}
