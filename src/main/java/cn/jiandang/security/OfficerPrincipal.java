package cn.jiandang.security;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import java.io.Serializable;
import java.security.Principal;
import java.util.Collection;

/** A local (embedded-profile) login carrying its officer. */
public record OfficerPrincipal(Officer officer, String passwordHash) implements UserDetails, Principal, Serializable {

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return officer.roles().stream()
                .map(r -> new SimpleGrantedAuthority(r.authority()))
                .toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return officer.username();
    }

    @Override
    public String getName() {
        return officer.username();
    }
}
