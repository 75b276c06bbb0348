package cn.jiandang.household.ui;

import cn.jiandang.audit.AuditEntryView;
import cn.jiandang.audit.AuditLog;
import cn.jiandang.household.HouseholdDetails;
import cn.jiandang.security.OfficerDirectory;
import com.vaadin.flow.component.UI;
import org.springframework.stereotype.Component;

/** The household's audit entries (操作记录) at the end of the household page. */
@Component
class AuditSection implements HouseholdSection {

    private final AuditLog audit;
    private final OfficerDirectory officers;

    AuditSection(AuditLog audit, OfficerDirectory officers) {
        this.audit = audit;
        this.officers = officers;
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
        var entries = audit.forHousehold(household.id(), household.villageCode());
        return AuditGrid.of(
                entries,
                UI.getCurrent()::getTranslation,
                officers.displayNames(
                        entries.stream().map(AuditEntryView::actor).toList()));
    }
}
