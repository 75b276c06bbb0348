package cn.jiandang.household.ui;

import cn.jiandang.audit.AuditLog;
import cn.jiandang.household.HouseholdDetails;
import cn.jiandang.household.HouseholdSection;
import com.vaadin.flow.component.UI;

/** The household's audit entries (操作记录) at the end of the household page. */
@org.springframework.stereotype.Component
class AuditSection implements HouseholdSection {

    private final AuditLog audit;

    AuditSection(AuditLog audit) {
        this.audit = audit;
    }

    @Override
    public int order() {
        return 1000;
    }

    @Override
    public String titleKey() {
        return "audit.title";
    }

    @Override
    public com.vaadin.flow.component.Component create(HouseholdDetails household) {
        return AuditGrid.of(audit.forHousehold(household.id(), household.villageCode()), UI.getCurrent()::getTranslation);
    }
}
