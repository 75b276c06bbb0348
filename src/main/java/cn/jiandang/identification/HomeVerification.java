package cn.jiandang.identification;

import cn.jiandang.household.Category;
import cn.jiandang.household.PovertyFactor;

import java.util.Set;

/**
 * What the village's home verification (入户核实) records. File upload comes with the views issue: until then the
 * signed commitment and authorisation is confirmed by a flag, with an optional reference to the scanned copy.
 */
public record HomeVerification(
        Category kind,
        Set<PovertyFactor> factors,
        PovertyFactor returnCause,
        boolean signedCommitment,
        String attachmentRef,
        String comment) {}
