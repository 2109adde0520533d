package id.orderan.order.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.orderan.base.Translations;
import id.orderan.payment.ConfirmationState;
import id.orderan.payment.PaymentKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Keys built at run time from enums and lists: each must exist in both languages. */
class DynamicTranslationKeysTest {

    @Test
    void every_key_built_from_an_enum_or_a_reason_list_is_translated() {
        List<String> keys = new ArrayList<>();
        Stream.of(OrderActions.Action.values())
                .forEach(a -> keys.add("order-action." + a.name().toLowerCase(Locale.ROOT).replace('_', '-')));
        // contributed by payment and shipping (OrderAction beans): order-action.<id>
        Stream.of("payment", "submit-confirmation", "check-confirmation", "resi", "delivered")
                .forEach(id -> keys.add("order-action." + id));
        Stream.of(PaymentKind.values()).forEach(k -> keys.add("payment.kind." + k.name().toLowerCase(Locale.ROOT)));
        Stream.of(ConfirmationState.values())
                .forEach(s -> keys.add("confirmation.state." + s.name().toLowerCase(Locale.ROOT)));
        id.orderan.payment.ui.PaymentDialogMethods.all()
                .forEach(m -> keys.add("payment.method." + m.toLowerCase(Locale.ROOT)));
        Stream.of(DatePreset.values()).forEach(p -> keys.add(p.labelKey()));
        Stream.of(OrderTab.values()).forEach(t -> keys.add(t.labelKey()));
        Stream.of(id.orderan.order.OrderField.values()).forEach(f -> keys.add(f.labelKey()));
        keys.addAll(id.orderan.document.DocumentTexts.keys());
        Stream.of(id.orderan.followup.FollowUpChannel.values())
                .forEach(c -> keys.addAll(List.of("followup.title." + c.name().toLowerCase(Locale.ROOT),
                        c.labelKey(),
                        "detail.followup." + c.name().toLowerCase(Locale.ROOT))));
        Stream.of(id.orderan.followup.FollowUpStage.values())
                .forEach(s -> keys.add(s.labelKey()));
        id.orderan.followup.FollowUpTemplates.PLACEHOLDERS.forEach(p -> keys.add("template.placeholder." + p));
        Stream.of(id.orderan.followup.FollowUpStage.PAID, id.orderan.followup.FollowUpStage.SHIPPED)
                .forEach(s -> keys.add("template.auto-send." + s.name().toLowerCase(Locale.ROOT)));
        keys.addAll(List.of("followup.queue.skip-phone", "followup.queue.skip-paid", "followup.queue.skip-user"));
        Stream.of(id.orderan.followup.FollowUpState.values()).forEach(s -> keys.add(s.labelKey()));
        keys.addAll(List.of("followup.state.sent-maybe-twice", "timeline.followup", "timeline.followup-failed",
                "timeline.followup-maybe-twice", "timeline.followup-failed-maybe-sent", "timeline.followup-pending",
                "timeline.followup-retrying", "timeline.followup-sending", "timeline.followup-cancelled"));
        keys.addAll(ReasonDialog.CANCEL_REASONS);
        keys.addAll(ReasonDialog.RETUR_REASONS);

        var translations = new Translations();
        for (Locale locale : List.of(Translations.INDONESIAN, Locale.ENGLISH)) {
            assertThat(keys).allSatisfy(key ->
                    assertThat(translations.getTranslation(key, locale)).as(key + " in " + locale).doesNotStartWith("!"));
        }
    }
}
