package id.orderan.warehouse.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import id.orderan.warehouse.QueueCounts;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Siap dikemas per courier as large toggle chips ("JNE 12"), plus "Semua": choosing one filters the
 * list under it. Ids {@code <prefix>-all} and {@code <prefix>-<courier code>} ({@code -none} for orders
 * without a courier). The selection is a courier code, {@code ""} for none, or null for all.
 */
final class CourierChips extends Div {

    private final String prefix;
    private final CourierNames names;
    private final Consumer<@Nullable String> onChoose;
    private @Nullable String chosen;

    CourierChips(String prefix, CourierNames names, Consumer<@Nullable String> onChoose) {
        this.prefix = prefix;
        this.names = names;
        this.onChoose = onChoose;
        addClassName("orderan-courier-chips");
    }

    @Nullable String chosen() {
        return chosen;
    }

    void show(QueueCounts counts) {
        removeAll();
        add(chip(prefix + "-all", getTranslation("warehouse.all-couriers") + " " + counts.readyToPack(), null));
        for (QueueCounts.CourierCount courier : counts.couriers()) {
            if (courier.readyToPack() == 0) {
                continue;
            }
            String code = courier.courier() == null ? "" : courier.courier();
            Button chip = chip(prefix + "-" + CourierNames.idPart(courier.courier()),
                    names.label(courier.courier()) + " " + courier.readyToPack(), code);
            chip.setTooltipText(getTranslation("warehouse.age.split", courier.today(), courier.yesterday(),
                    courier.older()));
            add(chip);
        }
    }

    private Button chip(String id, String text, @Nullable String code) {
        var chip = new Button(text, e -> {
            chosen = code;
            getChildren().forEach(c -> ((Button) c).removeThemeVariants(ButtonVariant.LUMO_PRIMARY));
            e.getSource().addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            onChoose.accept(code);
        });
        chip.setId(id);
        chip.addClassName("orderan-courier-chip");
        if (Objects.equals(chosen, code)) {
            chip.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        return chip;
    }
}
