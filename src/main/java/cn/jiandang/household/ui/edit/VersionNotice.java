package cn.jiandang.household.ui.edit;

import cn.jiandang.base.FormCheck;
import cn.jiandang.common.BusinessException;
import cn.jiandang.household.StaleVersionException;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Span;

import java.util.Map;

/**
 * Where an edit form says that somebody else changed the household since the form opened (R8: nobody overwrites
 * unseen): the service's refusal, naming who and when, shows here and the form stays open with what was typed.
 */
final class VersionNotice extends Span implements HasValidation {

    static final String FIELD = "version";

    private String message = "";

    VersionNotice() {
        setId("edit-version-conflict");
        getStyle().set("color", "var(--lumo-error-text-color)");
        setVisible(false);
    }

    /** Registers the notice with the form, so that a conflict shows on it. */
    static VersionNotice in(FormCheck check) {
        VersionNotice notice = new VersionNotice();
        check.target(FIELD, notice);
        return notice;
    }

    /** The save, with a conflict turned into this notice's field error. */
    static Runnable guarded(Runnable save) {
        return () -> {
            try {
                save.run();
            } catch (StaleVersionException e) {
                throw new BusinessException(e.kind(), e.getMessage(), Map.of(FIELD, e.getMessage()));
            }
        };
    }

    @Override
    public void setErrorMessage(String errorMessage) {
        this.message = errorMessage == null ? "" : errorMessage;
        setText(message);
    }

    @Override
    public String getErrorMessage() {
        return message;
    }

    @Override
    public void setInvalid(boolean invalid) {
        setVisible(invalid);
    }

    @Override
    public boolean isInvalid() {
        return isVisible();
    }
}
