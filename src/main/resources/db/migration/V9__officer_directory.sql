-- Officers seen at login (local and Keycloak alike) with the engine groups they held then: whom a task may be
-- handed to. Keycloak has no user list the app may read; the demo users are registered at start-up.
create table known_officer (
    username     varchar(100) not null primary key,
    display_name varchar(200) not null,
    region_code  varchar(12)  not null,
    roles        varchar(500) not null,
    last_seen    timestamp
);
create table known_officer_group (
    username varchar(100) not null references known_officer (username) on delete cascade,
    group_id varchar(120) not null,
    primary key (username, group_id)
);
create index ix_known_officer_group on known_officer_group (group_id);
