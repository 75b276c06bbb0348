package cn.jiandang.security;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** {@code GET /api/v1/me}: who the caller is, as the app, the hotline and the online hall see it. */
@RestController
class MeController {

    private final CurrentOfficer current;

    MeController(CurrentOfficer current) {
        this.current = current;
    }

    @GetMapping("/api/v1/me")
    Me me() {
        Officer o = current.require();
        return new Me(
                o.username(),
                o.displayName(),
                o.roles().stream().map(Enum::name).sorted().toList(),
                o.region().value());
    }

    record Me(String username, String displayName, List<String> roles, String regionCode) {}
}
