package cn.jiandang.household.api;

import cn.jiandang.household.PersonalNumbers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.extensions.Extension;
import io.swagger.v3.oas.annotations.extensions.ExtensionProperty;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Full personal numbers of a household, each request audited (the record itself shows them masked). */
@RestController
@RequestMapping("/api/v1/households")
@Tag(name = "households")
class PersonalNumberController extends ApiErrors {

    /** Marks the operations that answer full personal numbers, for the authorisation matrix's leak check. */
    static final String REVEALS = "x-reveals-personal-numbers";

    private final PersonalNumbers numbers;

    PersonalNumberController(PersonalNumbers numbers) {
        this.numbers = numbers;
    }

    @GetMapping("/{id}/members/{memberId}/id-number")
    @Operation(
            summary = "一名成员的完整身份证号码",
            description = "仅限该户所在辖区的各级扶贫干部；每次请求都记入操作日志",
            extensions = @Extension(properties = @ExtensionProperty(name = REVEALS, value = "true")))
    FullIdNumber idNumber(@PathVariable long id, @PathVariable long memberId) {
        return new FullIdNumber(memberId, numbers.revealIdNumber(id, memberId));
    }

    @GetMapping("/{id}/contact-phone")
    @Operation(
            summary = "该户完整的联系电话",
            description = "仅限该户所在辖区的各级扶贫干部；每次请求都记入操作日志",
            extensions = @Extension(properties = @ExtensionProperty(name = REVEALS, value = "true")))
    FullContactPhone contactPhone(@PathVariable long id) {
        return new FullContactPhone(numbers.revealContactPhone(id));
    }

    record FullIdNumber(long memberId, String idNumber) {}

    record FullContactPhone(String contactPhone) {}
}
