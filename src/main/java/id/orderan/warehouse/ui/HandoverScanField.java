package id.orderan.warehouse.ui;

import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;

/**
 * The scan field of the serah terima and Diterima sections. Scanners are keyboard wedges: they type the
 * code and press Enter, and so does a person typing. The code travels with the Enter key event itself
 * (the field's value is not synced before Enter), the field is emptied in the browser at once, and the
 * same code again within {@value #REPEAT_MILLIS} ms is a scanner's double read and ignored.
 */
class HandoverScanField extends TextField {

    static final long REPEAT_MILLIS = 300;

    private String lastCode = "";
    private long lastAt;

    HandoverScanField(String id, String label, Consumer<String> onScan) {
        setId(id);
        setLabel(label);
        addClassName("orderan-scan-field");
        setWidthFull();
        setAutofocus(true);
        getElement().setAttribute("autocomplete", "off");
        getElement().setAttribute("enterkeyhint", "go");
        getElement().addEventListener("keydown", event -> {
            String code = event.getEventData().get("element.value").asString().trim();
            getElement().executeJs("this.value = ''");
            clear();
            long now = System.nanoTime();
            boolean repeat = code.equals(lastCode) && now - lastAt < REPEAT_MILLIS * 1_000_000;
            lastCode = code;
            lastAt = now;
            if (!code.isEmpty() && !repeat) {
                onScan.accept(code);
            }
        }).setFilter("event.key === 'Enter'").addEventData("element.value");
    }
}
