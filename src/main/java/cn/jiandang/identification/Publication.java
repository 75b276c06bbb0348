package cn.jiandang.identification;

import jakarta.persistence.Embeddable;

import java.time.Instant;

/**
 * A text the case made public and when: the village's notice (公示) and the county's announcement (公告) are each
 * one, mapped onto their own columns by {@code @AttributeOverride}s in {@link IdentificationCase}.
 */
@Embeddable
class Publication {
    private String text;
    private Instant at;

    protected Publication() {}

    Publication(String text, Instant at) {
        this.text = text;
        this.at = at;
    }

    String text() {
        return text;
    }

    Instant at() {
        return at;
    }
}
