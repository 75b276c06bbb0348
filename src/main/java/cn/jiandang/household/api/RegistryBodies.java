package cn.jiandang.household.api;

import cn.jiandang.household.Education;
import cn.jiandang.household.Health;
import cn.jiandang.household.NaturalChangeKind;
import cn.jiandang.household.Relation;
import cn.jiandang.household.WorkingAbility;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.YearMonth;

/** The request bodies of the registry's write endpoints, as the mobile app and the online hall send them. */
final class RegistryBodies {

    private RegistryBodies() {}

    @Schema(description = "自然变更：出生、婚入、其他迁入填 member；死亡、婚出、其他迁出填 memberId")
    record NaturalChangeBody(
            @Schema(
                    description = "BIRTH, DEATH, MARRIAGE_IN, MARRIAGE_OUT, OTHER_IN, OTHER_OUT",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            NaturalChangeKind kind,

            @Schema(
                    description = "变更月份 YYYY-MM，不晚于本月",
                    example = "2020-10",
                    type = "string",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            YearMonth month,

            @Schema(description = "迁出（死亡）成员的编号，见 GET /api/v1/households/{id} 的 members[].id")
            Long memberId,

            @Schema(description = "新加入的成员") NewMemberBody member) {}

    record NewMemberBody(
            @Schema(description = "姓名，最多50字", requiredMode = Schema.RequiredMode.REQUIRED)
            String name,

            @Schema(description = "18位居民身份证号码（GB 11643）", requiredMode = Schema.RequiredMode.REQUIRED)
            String idNumber,

            @Schema(description = "与户主关系（不能为 HEAD）", requiredMode = Schema.RequiredMode.REQUIRED)
            Relation relation,

            String ethnicity,
            Education education,
            Health health,
            WorkingAbility workingAbility,
            Boolean migrantWork) {}

    @Schema(description = "一年的收入（元，最多两位小数，不能为负数）；家庭纯收入和人均纯收入由系统计算（R6）")
    record IncomeBody(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            BigDecimal wages,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            BigDecimal production,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            BigDecimal property,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            BigDecimal transfer,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            BigDecimal productionCosts) {}

    @Schema(description = "联系方式与易地扶贫搬迁；未给出的字段不变")
    record HouseholdPatch(
            @Schema(description = "真实的联系电话（R10）：11位手机号或带区号的固定电话")
            String contactPhone,

            Boolean worksAway,

            @Schema(description = "true：搬迁户，须同时给出 relocation；false：取消搬迁标记")
            Boolean relocated,

            RelocationBody relocation) {}

    @Schema(description = "搬迁前后的位置（WGS84 经纬度，须在中国境内，最多6位小数）")
    record RelocationBody(Point before, Point after) {}

    record Point(BigDecimal longitude, BigDecimal latitude) {}

    @Schema(description = "成员的基础信息（整体替换）；外出务工成员须有本人真实的联系电话（R10）")
    record MemberBody(
            String ethnicity,
            Education education,
            Health health,
            WorkingAbility workingAbility,
            Boolean migrantWork,
            String contactPhone) {}
}
