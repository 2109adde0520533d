package id.orderan.warehouse.ui;

import com.vaadin.flow.component.html.Div;
import id.orderan.base.BusinessException;
import id.orderan.base.ui.UiErrorHandler;

/**
 * The loud line under a scan field: red with a short low beep when a scan is refused (nothing changed),
 * green when it went in. Screen readers hear it (role alert).
 */
class HandoverFeedback extends Div {

    HandoverFeedback(String id) {
        setId(id);
        addClassName("orderan-scan-feedback");
        getElement().setAttribute("role", "alert");
        setVisible(false);
    }

    void refused(BusinessException e) {
        setText(getTranslation(e.messageKey(), UiErrorHandler.translatedArgs(this, e.args())));
        setClassName("orderan-scan-feedback--error", true);
        setClassName("orderan-scan-feedback--ok", false);
        setVisible(true);
        // the packer is looking at the parcel, not the screen
        getUI().ifPresent(ScanSounds::error);
    }

    void ok(String text) {
        setText(text);
        setClassName("orderan-scan-feedback--error", false);
        setClassName("orderan-scan-feedback--ok", true);
        setVisible(true);
    }

    void reset() {
        setText("");
        setVisible(false);
    }

    boolean isError() {
        return isVisible() && hasClassName("orderan-scan-feedback--error");
    }
}
