package cn.jiandang.household;

import cn.jiandang.security.Masking;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * {@code GET /api/v1/households/{id}} for the mobile app, the 12317 hotline and the online hall: the same
 * region check as the household page, personal numbers masked.
 */
@RestController
class HouseholdApi {

    private final HouseholdService households;

    HouseholdApi(HouseholdService households) {
        this.households = households;
    }

    @GetMapping("/api/v1/households/{id}")
    HouseholdJson household(@PathVariable long id) {
        HouseholdDetails h = households.details(id);
        return new HouseholdJson(h.id(), h.villageCode().value(), h.category(), h.identificationMonth(),
                Masking.phone(h.contactPhone()), h.members().stream()
                .map(m -> new MemberJson(m.name(), Masking.idNumber(m.idNumber()), m.relation(), m.birthDate()))
                .toList());
    }

    record HouseholdJson(long id, String villageCode, Category category, YearMonth identificationMonth,
                         String contactPhoneMasked, List<MemberJson> members) {
    }

    record MemberJson(String name, String idNumberMasked, Relation relation, LocalDate birthDate) {
    }
}
