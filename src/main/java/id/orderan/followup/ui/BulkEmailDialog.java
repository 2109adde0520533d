package id.orderan.followup.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import id.orderan.base.ui.Forms;
import com.vaadin.flow.component.select.Select;
import id.orderan.followup.FollowUpService;
import id.orderan.followup.FollowUpStage;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;

/**
 * Follow Up Email for the ticked orders: sent in the background (the screen stays usable), in slices
 * that each share one SMTP connection, with a progress bar, then a summary of sent / skipped /
 * failed. Failed ones are kept for a retry.
 */
public class BulkEmailDialog extends Dialog {

    static final int SLICE = 25;

    private static final ExecutorService SENDER = Executors.newFixedThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "bulk-follow-up");
        thread.setDaemon(true);
        return thread;
    });

    final Select<FollowUpStage> reminder = reminderSelect();
    final ProgressBar progress = new ProgressBar();
    final Paragraph status = new Paragraph();
    final Button start;
    final Map<FollowUpService.Outcome, Integer> outcomes = new EnumMap<>(FollowUpService.Outcome.class);

    public BulkEmailDialog(FollowUpService followUps, List<String> orderNumbers, Runnable onDone) {
        setHeaderTitle(getTranslation("followup.bulk.title", orderNumbers.size()));
        setCloseOnOutsideClick(false);
        addClassName("orderan-dialog");
        progress.setMin(0);
        progress.setMax(orderNumbers.size());
        progress.setVisible(false);
        status.setText(getTranslation("followup.bulk.explain", orderNumbers.size()));
        add(status, reminder, progress);
        start = Forms.primary(getTranslation("followup.bulk.start"));
        start.setId("bulk-email-start");
        Button close = Forms.secondary(getTranslation("action.close"));
        close.addClickListener(e -> close());
        start.addClickListener(e -> {
            start.setEnabled(false);
            reminder.setEnabled(false);
            progress.setVisible(true);
            UI ui = UI.getCurrent();
            FollowUpStage stage = reminder.getValue();
            SENDER.submit(new DelegatingSecurityContextRunnable(() -> send(ui, followUps, orderNumbers, stage,
                    onDone)));
        });
        getFooter().add(close, start);
    }

    /** FU 1, FU 2 or FU 3 for everyone, or empty: each order's own next reminder. */
    static Select<FollowUpStage> reminderSelect() {
        var select = new Select<FollowUpStage>();
        select.setLabel(select.getTranslation("followup.template"));
        select.setItems(FollowUpStage.REMINDERS);
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(select.getTranslation("followup.bulk.next"));
        select.setItemLabelGenerator(stage -> stage == null ? select.getTranslation("followup.bulk.next")
                : select.getTranslation(stage.labelKey()));
        select.setId("bulk-reminder");
        select.setWidthFull();
        return select;
    }

    private void send(UI ui, FollowUpService followUps, List<String> orderNumbers, @Nullable FollowUpStage stage,
            Runnable onDone) {
        for (int from = 0; from < orderNumbers.size(); from += SLICE) {
            List<String> slice = orderNumbers.subList(from, Math.min(orderNumbers.size(), from + SLICE));
            Map<String, FollowUpService.Outcome> sent;
            try {
                sent = followUps.emailReminders(slice, stage);
            } catch (RuntimeException e) {
                // the slice's transaction rolled back: nothing of it was recorded, count it as failed
                sent = new java.util.HashMap<>();
                for (String number : slice) {
                    sent.put(number, FollowUpService.Outcome.FAILED);
                }
            }
            Map<String, FollowUpService.Outcome> result = sent;
            int count = from + slice.size();
            ui.access(() -> {
                result.values().forEach(outcome -> outcomes.merge(outcome, 1, Integer::sum));
                progress.setValue(count);
                status.setText(getTranslation("followup.bulk.progress", count, orderNumbers.size()));
            });
        }
        ui.access(() -> {
            status.setText(getTranslation("followup.bulk.summary", outcomes.getOrDefault(FollowUpService.Outcome.SENT, 0),
                    outcomes.getOrDefault(FollowUpService.Outcome.NO_EMAIL, 0)
                            + outcomes.getOrDefault(FollowUpService.Outcome.NOT_UNPAID, 0),
                    outcomes.getOrDefault(FollowUpService.Outcome.FAILED, 0)));
            onDone.run();
        });
    }
}
