package cn.jiandang.household;

import java.time.Instant;

/**
 * The current version of a household's base data (R8): its number, who made it (login and the name officers know)
 * and when. Every write leaves exactly one version, so the number is what an edit was based on: the REST API's ETag
 * and the forms' optimistic lock. Number 0: the household has no version yet.
 */
public record VersionStamp(int number, String changedBy, String changedByLabel, Instant changedAt) {

    /** The ETag of this version, {@code "7"} (a strong validator: one version, one state). */
    public String etag() {
        return "\"" + number + "\"";
    }
}
