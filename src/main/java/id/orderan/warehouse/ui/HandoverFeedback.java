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
        // a low beep: the packer is looking at the parcel, not the screen
        getElement().executeJs("try { const c = new AudioContext(); const o = c.createOscillator();"
                + " o.frequency.value = 220; o.connect(c.destination); o.start(); o.stop(c.currentTime + 0.25);"
                + " } catch (e) {}");
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
