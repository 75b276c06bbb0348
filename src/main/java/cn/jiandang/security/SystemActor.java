package cn.jiandang.security;

import cn.jiandang.region.RegionCode;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.Set;
import java.util.function.Supplier;

/**
 * The system as an explicit actor: the demo seeders, the engine's job executor (timers, asynchronous
 * continuations) and scheduled jobs run their work through {@link #run} under an authentication of their own,
 * the centre's national account {@value #USERNAME}. Nothing else is the system: a call without any login is
 * refused like any caller without rights, so a forgotten login can never pass for the system.
 */
public final class SystemActor {

    public static final String USERNAME = "system";

    static final Officer OFFICER = new Officer(USERNAME, "系统", Set.of(Role.CENTRE_ADMIN), RegionCode.NATIONAL);

    private SystemActor() {}

    /** Runs the work as the system on this thread, then restores whoever was logged in. */
    public static void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }

    /** As {@link #run}, returning the work's result. */
    public static <T> T call(Supplier<T> work) {
        SecurityContext before = SecurityContextHolder.getContext();
        SecurityContext system = SecurityContextHolder.createEmptyContext();
        system.setAuthentication(new SystemAuthentication());
        SecurityContextHolder.setContext(system);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }

    /** Work handed to another thread (the job executor's pool) that must run as the system there. */
    public static Runnable decorate(Runnable work) {
        return () -> run(work);
    }

    /** Whether this thread runs as the system, i.e. inside {@link #run}. */
    public static boolean isActive() {
        return SecurityContextHolder.getContext().getAuthentication() instanceof SystemAuthentication;
    }

    /** Only {@link SystemActor} creates it; no login of any channel produces one. */
    private static final class SystemAuthentication extends AbstractAuthenticationToken {

        private final OfficerPrincipal principal = new OfficerPrincipal(OFFICER, "");

        private SystemAuthentication() {
            super(new OfficerPrincipal(OFFICER, "").getAuthorities());
            setAuthenticated(true);
        }

        @Override
        public Object getCredentials() {
            return null;
        }

        @Override
        public Object getPrincipal() {
            return principal;
        }
    }
}
