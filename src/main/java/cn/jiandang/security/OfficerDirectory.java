package cn.jiandang.security;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The officers the application knows, with the engine groups they held at their last login: whom a task can be
 * handed to. Keycloak offers no user list, so every login records its officer here (and the demo users of the
 * embedded default are registered at start-up). An officer whose roles changed is current again at its next login; a
 * login that changes nothing writes nothing.
 */
@Service
public class OfficerDirectory {

    /** A bearer token authenticates every API call: the same officer is written again only after this long. */
    private static final Duration REFRESH = Duration.ofMinutes(10);

    /** "Last seen" is kept to the day: a later login the same day writes nothing. */
    private static final Duration SEEN_PRECISION = Duration.ofDays(1);

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Map<String, Seen> recent = new ConcurrentHashMap<>();

    OfficerDirectory(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The officers holding the candidate group (e.g. {@code TOWNSHIP_OFFICER:130125100}), by name. */
    @Transactional(readOnly = true)
    public List<Colleague> colleagues(String candidateGroup) {
        return jdbc.query(
                "select o.username, o.display_name from known_officer o join known_officer_group g"
                        + " on g.username = o.username where g.group_id = ? order by o.display_name, o.username",
                (rs, i) -> new Colleague(rs.getString(1), rs.getString(2)),
                candidateGroup);
    }

    /** The officer, if it ever logged in (or is a demo user). */
    @Transactional(readOnly = true)
    public Optional<Colleague> find(String username) {
        return jdbc
                .query(
                        "select username, display_name from known_officer where username = ?",
                        (rs, i) -> new Colleague(rs.getString(1), rs.getString(2)),
                        username)
                .stream()
                .findFirst();
    }

    /**
     * Display names of many officers in one query, for lists that show who did something (username → name); an
     * officer that never logged in is left out, so callers show its username.
     */
    @Transactional(readOnly = true)
    public Map<String, String> displayNames(Collection<String> usernames) {
        List<String> distinct =
                usernames.stream().filter(Objects::nonNull).distinct().toList();
        if (distinct.isEmpty()) {
            return Map.of();
        }
        Map<String, String> names = new HashMap<>();
        for (int from = 0; from < distinct.size(); from += 500) {
            List<String> chunk = distinct.subList(from, Math.min(distinct.size(), from + 500));
            jdbc.query(
                    "select username, display_name from known_officer where username in ("
                            + String.join(",", Collections.nCopies(chunk.size(), "?")) + ")",
                    rs -> {
                        names.put(rs.getString(1), rs.getString(2));
                    },
                    chunk.toArray());
        }
        return names;
    }

    /** The candidate groups the officer held at its last login; empty for an unknown officer. */
    @Transactional(readOnly = true)
    public Set<String> groupsOf(String username) {
        return new TreeSet<>(jdbc.queryForList(
                "select group_id from known_officer_group where username = ?", String.class, username));
    }

    /** A login: the officer as the login presented it. */
    @Transactional
    void seen(Officer officer) {
        seen(officer, Instant.now(clock));
    }

    /**
     * A login at {@code now}; true when it wrote. A login is on the way to the officer's first page, so it writes only
     * what changed: nothing for an officer seen within {@link #REFRESH} by this node, else one read of the stored
     * officer, and a write only when its name, region or roles changed (its groups follow from them) or its last
     * sighting is older than {@link #SEEN_PRECISION}.
     */
    @Transactional
    boolean seen(Officer officer, Instant now) {
        Seen last = recent.get(officer.username());
        if (last != null
                && last.officer().equals(officer)
                && last.at().plus(REFRESH).isAfter(now)) {
            return false;
        }
        Optional<Stored> stored = stored(officer.username());
        boolean wrote = true;
        if (stored.isEmpty() || !stored.get().describes(officer)) {
            save(officer, Timestamp.from(now));
        } else if (stored.get().lastSeen() == null
                || stored.get().lastSeen().plus(SEEN_PRECISION).isBefore(now)) {
            jdbc.update(
                    "update known_officer set last_seen = ? where username = ?",
                    Timestamp.from(now),
                    officer.username());
        } else {
            wrote = false;
        }
        recent.put(officer.username(), new Seen(officer, now));
        return wrote;
    }

    private Optional<Stored> stored(String username) {
        return jdbc
                .query(
                        "select display_name, region_code, roles, last_seen from known_officer where username = ?",
                        (rs, i) -> new Stored(
                                rs.getString(1),
                                rs.getString(2),
                                rs.getString(3),
                                rs.getTimestamp(4) == null
                                        ? null
                                        : rs.getTimestamp(4).toInstant()),
                        username)
                .stream()
                .findFirst();
    }

    /** Officers known without a login (the demo users): recorded, but never marked as seen. */
    @Transactional
    void register(Collection<Officer> officers) {
        officers.forEach(o -> save(o, null));
    }

    private void save(Officer officer, Timestamp seen) {
        String roles = rolesOf(officer);
        int updated = jdbc.update(
                "update known_officer set display_name = ?, region_code = ?, roles = ?,"
                        + " last_seen = coalesce(?, last_seen) where username = ?",
                officer.displayName(),
                officer.region().value(),
                roles,
                seen,
                officer.username());
        if (updated == 0) {
            jdbc.update(
                    "insert into known_officer (username, display_name, region_code, roles, last_seen)"
                            + " values (?, ?, ?, ?, ?)",
                    officer.username(),
                    officer.displayName(),
                    officer.region().value(),
                    roles,
                    seen);
        }
        jdbc.update("delete from known_officer_group where username = ?", officer.username());
        for (String group : officer.candidateGroups()) {
            jdbc.update(
                    "insert into known_officer_group (username, group_id) values (?, ?)", officer.username(), group);
        }
    }

    private static String rolesOf(Officer officer) {
        return officer.roles().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    private record Seen(Officer officer, Instant at) {}

    /** The officer as the directory holds it. */
    private record Stored(String displayName, String regionCode, String roles, Instant lastSeen) {

        boolean describes(Officer officer) {
            return officer.displayName().equals(displayName)
                    && officer.region().value().equals(regionCode)
                    && rolesOf(officer).equals(roles);
        }
    }
}
