package cn.jiandang.identification;

import cn.jiandang.household.Category;
import cn.jiandang.household.PovertyFactor;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.Set;

/**
 * Identification over REST (mobile app, 12317, online hall): every call goes through {@link IdentificationService},
 * so region and role are checked exactly as in the views; a direct id is checked again.
 */
@RestController
class IdentificationApi {

    private final IdentificationService service;

    IdentificationApi(IdentificationService service) {
        this.service = service;
    }

    @PostMapping("/api/v1/identifications")
    @ResponseStatus(HttpStatus.CREATED)
    Started start(@RequestBody Start request) {
        return new Started(service.start(request.householdId(), request.kind(), request.factors(),
                request.channel() == null ? Channel.APP : request.channel()));
    }

    @GetMapping("/api/v1/identifications/{caseId}")
    IdentificationCaseView find(@PathVariable long caseId) {
        return service.find(caseId);
    }

    @PostMapping("/api/v1/identifications/{caseId}/home-verification")
    void homeVerification(@PathVariable long caseId, @RequestBody Verification request) {
        Category kind = request.kind() == null ? service.find(caseId).kind() : request.kind();
        service.completeHomeVerification(request.taskId(), caseId, new HomeVerification(kind, request.factors(),
                request.returnCause(), request.signedCommitment(), request.attachmentRef(), request.comment()));
    }

    record Start(long householdId, Category kind, Set<PovertyFactor> factors, Channel channel) {
    }

    record Started(long caseId) {
    }

    record Verification(String taskId, Category kind, Set<PovertyFactor> factors, PovertyFactor returnCause,
                        boolean signedCommitment, String attachmentRef, String comment) {
    }
}
