package cn.jiandang.bench.gen;

import java.util.List;

/**
 * Every user task of every procedure with its share of the open tasks the generator leaves (per mille): most open
 * work is identification, risk elimination, assistance and rectification at household level; year-end and village
 * exit have one case per village at most; function opening a couple per province.
 */
record Step(String process, String activity, int perMille) {

    static final List<Step> ALL = List.of(
            new Step("identification", "homeVerification", 120),
            new Step("identification", "democraticAppraisal", 100),
            new Step("identification", "handleObjection", 20),
            new Step("identification", "townshipReview", 100),
            new Step("identification", "countyApproval", 90),
            new Step("identification", "superviseOverdue", 20),
            new Step("riskElimination", "homeVerification", 40),
            new Step("riskElimination", "democraticAppraisal", 35),
            new Step("riskElimination", "townshipReview", 40),
            new Step("riskElimination", "countyApproval", 35),
            new Step("assistance", "recordMeasure", 100),
            new Step("assistance", "reviewImplementation", 50),
            new Step("rectification", "countyHandling", 20),
            new Step("rectification", "townshipHandling", 20),
            new Step("rectification", "villageRectification", 50),
            new Step("rectification", "townshipVerification", 20),
            new Step("rectification", "countyVerification", 15),
            new Step("rectification", "supervisorAcceptance", 15),
            new Step("rectification", "urgeRectification", 10),
            new Step("yearEndExit", "villageAppraisal", 40),
            new Step("yearEndExit", "townshipVerification", 15),
            new Step("yearEndExit", "countyApproval", 15),
            new Step("yearEndExit", "countyAnnouncement", 10),
            new Step("villageExit", "countyReview", 10),
            new Step("villageExit", "countyAnnouncement", 10));

    /** Function opening is the centre's: two open tasks per run, whatever the size. */
    static final List<Step> CENTRE = List.of(
            new Step("functionOpening", "centreDecision", 0), new Step("functionOpening", "confirmEarlyClose", 0));
}
