package cn.jiandang.household.api;

import cn.jiandang.common.BusinessException;
import cn.jiandang.household.Category;
import cn.jiandang.household.Relation;
import cn.jiandang.household.search.HouseholdSearch;
import cn.jiandang.household.search.PersonHit;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Who a person is and in which household, by ID number, within the caller's region (R16: at most one household). */
@RestController
@RequestMapping("/api/v1/members")
@Tag(name = "households")
class PersonController extends ApiErrors {

    private final HouseholdSearch search;

    PersonController(HouseholdSearch search) {
        this.search = search;
    }

    @GetMapping
    @Operation(summary = "按身份证号码查人", description = "本辖区内持该号码的人员及其所在（或最后所在）的户；辖区外或无此人返回404。响应中的号码已脱敏")
    Person byIdNumber(@Parameter(description = "完整的18位身份证号码") @RequestParam String idNumber) {
        return search.person("idNumber", idNumber)
                .map(Person::of)
                .orElseThrow(() -> BusinessException.notFound("本辖区内没有持该身份证号码的人员"));
    }

    /** The person and the household; {@code departed}: the person has left it (it was the last one). */
    record Person(
            long householdId,
            long memberId,
            String name,
            String idNumberMasked,
            Relation relation,
            boolean departed,
            String villageCode,
            String villagePath,
            Category category) {
        static Person of(PersonHit p) {
            return new Person(
                    p.householdId(),
                    p.memberId(),
                    p.name(),
                    p.idNumberMasked(),
                    p.relation(),
                    p.departed(),
                    p.villageCode().value(),
                    p.villagePath(),
                    p.category());
        }
    }
}
