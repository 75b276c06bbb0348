package cn.jiandang.household.api;

import cn.jiandang.common.BusinessException;
import cn.jiandang.common.FieldErrors;
import cn.jiandang.household.NaturalChangeKind;
import cn.jiandang.household.NewHousehold;
import cn.jiandang.household.basedata.BaseDataEdits;
import cn.jiandang.household.naturalchange.NaturalChangeRequest;
import cn.jiandang.household.naturalchange.NaturalChangeService;
import cn.jiandang.household.naturalchange.NaturalChangeView;
import cn.jiandang.security.Masking;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Natural changes (自然变更, R11) through the API: a member born, married in or out, died, moved, to the month. */
@RestController
@RequestMapping("/api/v1/households/{id}/natural-changes")
@Tag(name = "households")
class NaturalChangeController extends ApiErrors {

    /** Where the service's fields are in the body: a joining member's data is under {@code member}. */
    private static final Map<String, String> JOINING = Map.of(
            "idNumber", "member.idNumber",
            "name", "member.name",
            "relation", "member.relation",
            "ethnicity", "member.ethnicity",
            "sex", "member.sex",
            "birthDate", "member.birthDate");

    private final NaturalChangeService changes;
    private final BaseDataEdits edits;
    private final Idempotency idempotency;

    NaturalChangeController(NaturalChangeService changes, BaseDataEdits edits, Idempotency idempotency) {
        this.changes = changes;
        this.edits = edits;
        this.idempotency = idempotency;
    }

    @PostMapping
    @Operation(
            summary = "登记一项自然变更",
            description = "出生、婚入、其他迁入须给出 member（姓名、身份证号码、与户主关系…）；死亡、婚出、其他迁出须给出 memberId。"
                    + "month 为 YYYY-MM，不晚于本月。成功返回201和新的 ETag；字段有误返回400并指明字段，不写入任何数据。"
                    + "If-Match（可选）为所依据的版本，已被他人修改时返回412；Idempotency-Key（可选）使重试不重复登记")
    ResponseEntity<?> record(
            @PathVariable long id,
            @Parameter(description = "该户当前的 ETag（可选）") @RequestHeader(value = "If-Match", required = false)
                    String ifMatch,
            @Parameter(description = "重试时沿用的请求键（可选）") @RequestHeader(value = "Idempotency-Key", required = false)
                    String key,
            @RequestBody RegistryBodies.NaturalChangeBody body) {
        Integer expected = Preconditions.optional(ifMatch);
        NaturalChangeRequest request = request(id, body);
        String path = "/api/v1/households/" + id + "/natural-changes";
        return idempotency.run(key, "POST", path, body, () -> {
            long changeId;
            try {
                changeId = changes.record(request, expected);
            } catch (BusinessException e) {
                throw ApiErrors.renamed(e, body.kind() != null && body.kind().joins() ? JOINING : Map.of());
            }
            var version = edits.currentVersion(id);
            return ResponseEntity.created(URI.create(path + "/" + changeId))
                    .eTag(version.etag())
                    .body(new Recorded(changeId, id, body.kind(), body.month().toString(), version.number()));
        });
    }

    @GetMapping
    @Operation(summary = "该户的自然变更", description = "按月份先后；身份证号码已脱敏")
    List<ChangeItem> list(@PathVariable long id) {
        return changes.list(id).stream().map(ChangeItem::of).toList();
    }

    @GetMapping("/{changeId}")
    @Operation(summary = "一项自然变更")
    ChangeItem one(@PathVariable long id, @PathVariable long changeId) {
        return changes.list(id).stream()
                .filter(c -> c.id() == changeId)
                .findFirst()
                .map(ChangeItem::of)
                .orElseThrow(() -> BusinessException.notFound("该户没有编号为 " + changeId + " 的自然变更"));
    }

    /** The body as the service's request; which of member and memberId it needs follows from the kind. */
    private static NaturalChangeRequest request(long id, RegistryBodies.NaturalChangeBody body) {
        FieldErrors errors = new FieldErrors();
        errors.require(body.kind() != null, "kind", "请给出变更类型 kind：" + kinds());
        errors.require(body.month() != null, "month", "请给出变更月份 month，格式 YYYY-MM");
        if (body.kind() != null && body.kind().joins()) {
            errors.require(body.member() != null, "member", "出生、婚入、其他迁入须给出新成员 member");
            errors.require(body.memberId() == null, "memberId", "新加入的成员没有 memberId，请只给出 member");
        } else if (body.kind() != null) {
            errors.require(body.memberId() != null, "memberId", "死亡、婚出、其他迁出须给出该成员的 memberId");
            errors.require(body.member() == null, "member", "迁出（死亡）只需 memberId，不能给出 member");
        }
        errors.throwIfAny("自然变更有误");
        if (!body.kind().joins()) {
            return NaturalChangeRequest.leaving(id, body.kind(), body.month(), body.memberId());
        }
        RegistryBodies.NewMemberBody m = body.member();
        return new NaturalChangeRequest(
                id,
                body.kind(),
                body.month(),
                new NewHousehold.NewMember(
                        m.name(),
                        m.idNumber(),
                        m.relation(),
                        null,
                        null,
                        m.ethnicity(),
                        m.education(),
                        m.health(),
                        m.workingAbility(),
                        Boolean.TRUE.equals(m.migrantWork())));
    }

    private static String kinds() {
        return Arrays.stream(NaturalChangeKind.values()).map(Enum::name).collect(Collectors.joining(", "));
    }

    record Recorded(long id, long householdId, NaturalChangeKind kind, String month, int version) {}

    record ChangeItem(
            long id,
            NaturalChangeKind kind,
            String month,
            String originalMonth,
            String memberName,
            String idNumberMasked,
            Instant recordedAt,
            String recordedBy) {
        static ChangeItem of(NaturalChangeView c) {
            return new ChangeItem(
                    c.id(),
                    c.kind(),
                    c.month().toString(),
                    c.originalMonth() == null ? null : c.originalMonth().toString(),
                    c.memberName(),
                    Masking.idNumber(c.idNumber()),
                    c.recordedAt(),
                    c.recordedBy());
        }
    }
}
