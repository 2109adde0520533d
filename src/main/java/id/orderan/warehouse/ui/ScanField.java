package id.orderan.warehouse.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The scan field of every station page (packing, serah terima, Diterima). Scanners are keyboard wedges: they type the code and press
 * Enter; a person typing does the same. The code travels with the Enter key event itself (no wait for
 * the field's value to sync), the browser empties the field at once for the next scan, and the field takes
 * the focus back whenever it loses it to nothing (a tap on the page). The same code again within
 * {@link #REPEAT} is a scanner's double read and is ignored.
 */
class ScanField extends Composite<TextField> {

    static final Duration REPEAT = Duration.ofMillis(300);

    private final Clock clock;
    private final Consumer<String> onScan;
    private @Nullable String lastCode;
    private Instant lastAt = Instant.EPOCH;

    ScanField(String id, Clock clock, Consumer<String> onScan) {
        this.clock = clock;
        this.onScan = onScan;
        TextField field = getContent();
        field.setId(id);
        field.addClassName("orderan-scan-field");
        field.setWidthFull();
        field.setAutofocus(true);
        field.setClearButtonVisible(false);
        field.getElement().setAttribute("autocomplete", "off");
        field.getElement().setAttribute("autocapitalize", "off");
        field.getElement().setAttribute("spellcheck", "false");
        field.getElement().setAttribute("enterkeyhint", "go");
        field.getElement().addEventListener("keydown", event -> {
            String code = event.getEventData().has("element.value")
                    ? event.getEventData().get("element.value").asString() : field.getValue();
            scanned(code);
        }).setFilter("event.key === 'Enter'").addEventData("element.value");
    }

    void setLabel(String label) {
        getContent().setLabel(label);
    }

    void focus() {
        getContent().focus();
    }

    /** A scan arrived: passed on unless blank or a repeat of the last code within {@link #REPEAT}. */
    void scanned(String raw) {
        String code = raw.strip();
        Instant now = clock.instant();
        boolean repeat = code.equals(lastCode) && Duration.between(lastAt, now).compareTo(REPEAT) < 0;
        lastCode = code;
        lastAt = now;
        if (code.isEmpty() || repeat) {
            return;
        }
        onScan.accept(code);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        // Browser side: empty the field right after Enter (the code is already on its way), and take the
        // focus back when a tap left it on nothing; another field or a dialog keeps the focus it took.
        getContent().getElement().executeJs("""
                const field = this;
                field.addEventListener('keydown', e => { if (e.key === 'Enter') { setTimeout(() => { field.value = ''; }, 0); } });
                field.addEventListener('focusout', () => setTimeout(() => {
                  const active = document.activeElement;
                  if (!active || active === document.body) { field.focus(); }
                }, 200));
                """);
        focus();
    }
}
