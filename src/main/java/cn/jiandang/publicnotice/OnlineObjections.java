package cn.jiandang.publicnotice;

import cn.jiandang.audit.AuditActions;
import cn.jiandang.audit.AuditLog;
import cn.jiandang.common.BusinessException;
import cn.jiandang.common.FieldErrors;
import cn.jiandang.household.ContactPhone;
import cn.jiandang.identification.IdentificationSteps;
import cn.jiandang.region.RegionCode;
import cn.jiandang.security.SystemActor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An objection from the public board reaches the township's objection task of the case through the same service as
 * an officer's ({@link IdentificationSteps#raiseOnlineObjection}), or for an exit notice the township's list of
 * online objections ({@link ExitObjections}), after the checks a visitor needs: the rate per address and per phone,
 * the human check, the fields (R10 for the phone), and a notice still in its period.
 * Nothing is stored unless all pass; the objection, the counts and the audit entry are one transaction.
 */
@Service
class OnlineObjections {

    private final PublicNoticeBoard board;
    private final HumanCheck check;
    private final RateLimits rates;
    private final IdentificationSteps steps;
    private final ExitObjections exits;
    private final NoticePeriods periods;
    private final AuditLog audit;

    OnlineObjections(
            PublicNoticeBoard board,
            HumanCheck check,
            RateLimits rates,
            IdentificationSteps steps,
            ExitObjections exits,
            NoticePeriods periods,
            AuditLog audit) {
        this.board = board;
        this.check = check;
        this.rates = rates;
        this.steps = steps;
        this.exits = exits;
        this.periods = periods;
        this.audit = audit;
    }

    /** Checks and stores the objection; returns its id. The address is counted first, whatever follows. */
    @Transactional
    public long raise(String villageCode, long noticeId, ObjectionForm form, String ip) {
        rates.attemptFrom(ip);
        PublicNotice notice = board.shown(villageCode, noticeId);
        if (!notice.source().takesObjections()) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "公告不受理异议；如有问题请向县扶贫办反映");
        }
        FieldErrors errors = new FieldErrors()
                .requireText(form.name(), "name", "请填写您的姓名")
                .require(
                        form.name() == null || form.name().strip().length() <= ObjectionForm.MAX_NAME,
                        "name",
                        "姓名最多50个字")
                .require(
                        ContactPhone.problem(form.phone()).isEmpty(),
                        "phone",
                        ContactPhone.problem(form.phone()).orElse(""))
                .requireText(form.content(), "content", "请填写异议内容")
                .require(
                        form.content() == null || form.content().strip().length() <= ObjectionForm.MAX_CONTENT,
                        "content",
                        "异议内容最多1000个字")
                .require(noControl(form.name()) && noControl(form.content()), "content", "内容含有不可显示的控制字符，请删除后再提交");
        errors.throwIfAny("请检查填写的内容");
        String nonce = check.verify(noticeId, form.check(), form.answer());
        if (rates.checkUsed(nonce)) {
            throw BusinessException.invalidField("answer", "该验证题已使用过，请刷新页面后重新作答");
        }
        String phone = form.phone().strip();
        rates.checkPhone(phone);
        long objectionId;
        if (notice.source().exit()) {
            // waits for the township (ExitObjections): a visitor's text never sends a case back by itself
            if (!periods.objectionsOpen(notice.source(), notice.caseId())) {
                throw new BusinessException(BusinessException.Kind.CONFLICT, "公示期已结束，不再受理网上异议");
            }
            objectionId = exits.store(
                    notice, form.name().strip(), phone, form.content().strip());
        } else {
            objectionId = SystemActor.call(
                    () -> steps.raiseOnlineObjection(notice.caseId(), form.name(), phone, form.content()));
        }
        rates.objectionStored(phone, nonce);
        audit.record(
                AuditActions.CREATE,
                "OnlineObjection",
                String.valueOf(objectionId),
                null,
                RegionCode.of(villageCode),
                "网上公示栏异议：" + notice.source().title() + " " + noticeId + "，案件 " + notice.caseId() + "，提出人 "
                        + form.name().strip());
        return objectionId;
    }

    private static boolean noControl(String s) {
        return s == null || s.chars().noneMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t');
    }
}
