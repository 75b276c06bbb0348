package cn.jiandang.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The raw paths the container and the security rules could read differently are refused; plain ones pass. */
class CanonicalPathFilterTest {

    @Test
    void oddPathsToTheEngineAndCockpitAreRefused() {
        assertThat(CanonicalPathFilter.canonical("/./engine-rest/engine")).isFalse();
        assertThat(CanonicalPathFilter.canonical("/engine-rest;a=b/task")).isFalse();
        assertThat(CanonicalPathFilter.canonical("/%65ngine-rest/task")).isFalse();
        assertThat(CanonicalPathFilter.canonical("/api/../engine-rest/task")).isFalse();
        assertThat(CanonicalPathFilter.canonical("/camunda;a=b/api/engine/engine/"))
                .isFalse();
        assertThat(CanonicalPathFilter.canonical("/api/v1/households/%2e%2e/1")).isFalse();
        assertThat(CanonicalPathFilter.canonical("//engine-rest/task")).isFalse();
        assertThat(CanonicalPathFilter.canonical("/api/v1/households/a\\b")).isFalse();
        assertThat(CanonicalPathFilter.canonical("/api/v1/%zz")).isFalse();
    }

    @Test
    void plainPathsAndEncodedNamesPass() {
        assertThat(CanonicalPathFilter.canonical("/")).isTrue();
        assertThat(CanonicalPathFilter.canonical("/camunda/app/cockpit/")).isTrue();
        assertThat(CanonicalPathFilter.canonical("/api/v1/households/12")).isTrue();
        assertThat(CanonicalPathFilter.canonical("/VAADIN/dynamic/resource/0/abc/%E4%BC%9A%E8%AE%AE%20minutes.pdf"))
                .isTrue();
        assertThat(CanonicalPathFilter.canonical("/household/12")).isTrue();
    }
}
