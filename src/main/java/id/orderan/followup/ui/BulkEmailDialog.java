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
import id.orderan.base.BusinessException;
import id.orderan.base.ui.UiErrorHandler;
import id.orderan.followup.FollowUpState;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;

/**
 * Follow Up Email for the ticked orders: queued in slices (one transaction each), then the outbox
 * worker sends them after commit while this dialog shows its progress and a summary of sent / skipped
 * / failed. Failed ones are kept for a retry; closing the dialog or a restart loses nothing.
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

    /** How long the dialog watches the outbox before it leaves the rest to the background. */
    static final long WATCH_MILLIS = 120_000;

    private void send(UI ui, FollowUpService followUps, List<String> orderNumbers, @Nullable FollowUpStage stage,
            Runnable onDone) {
        // queue everything first (database only, quick); the outbox worker sends after each commit
        List<Long> queued = new ArrayList<>();
        int skipped = 0;
        for (int from = 0; from < orderNumbers.size(); from += SLICE) {
            List<String> slice = orderNumbers.subList(from, Math.min(orderNumbers.size(), from + SLICE));
            try {
                FollowUpService.BulkQueued result = followUps.emailReminders(slice, stage);
                queued.addAll(result.followUpIds());
                skipped += (int) result.outcomes().values().stream()
                        .filter(o -> o != FollowUpService.Outcome.QUEUED).count();
            } catch (BusinessException e) {
                // e.g. a text too long for one order: this slice queued nothing, say why and stop here
                ui.access(() -> {
                    status.setText(getTranslation(e.messageKey(), UiErrorHandler.translatedArgs(this, e.args())));
                    onDone.run();
                });
                return;
            }
        }
        int skippedInAll = skipped;
        ui.access(() -> progress.setMax(Math.max(1, queued.size())));
        long deadline = System.currentTimeMillis() + WATCH_MILLIS;
        Map<FollowUpState, Long> states = followUps.deliveryStates(queued);
        while (open(states) > 0 && System.currentTimeMillis() < deadline) {
            sleep();
            states = followUps.deliveryStates(queued);
            long done = queued.size() - open(states);
            ui.access(() -> {
                progress.setValue(done);
                status.setText(getTranslation("followup.bulk.progress", done, queued.size()));
            });
        }
        Map<FollowUpState, Long> end = states;
        ui.access(() -> {
            long sent = end.getOrDefault(FollowUpState.SENT, 0L);
            long failed = end.getOrDefault(FollowUpState.FAILED, 0L) + end.getOrDefault(FollowUpState.CANCELLED, 0L);
            status.setText(open(end) == 0
                    ? getTranslation("followup.bulk.summary", sent, skippedInAll, failed)
                    : getTranslation("followup.bulk.summary-pending", sent, skippedInAll, failed, open(end)));
            onDone.run();
        });
    }

    private static long open(Map<FollowUpState, Long> states) {
        return states.getOrDefault(FollowUpState.PENDING, 0L) + states.getOrDefault(FollowUpState.SENDING, 0L);
    }

    private static void sleep() {
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
