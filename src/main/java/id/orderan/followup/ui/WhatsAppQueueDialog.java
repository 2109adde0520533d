package id.orderan.followup.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import id.orderan.base.ui.Forms;
import id.orderan.followup.FollowUpService.QueuedWhatsApp;
import id.orderan.followup.FollowUpService;
import id.orderan.followup.FollowUpStage;
import java.util.ArrayList;
import java.util.List;

/**
 * Follow Up WhatsApp for the ticked orders. WhatsApp has no bulk sending without its paid API, so
 * this is a queue: each click opens the next buyer's chat with the reminder typed in (a real link,
 * so phones and tablets hand it to the WhatsApp app and no popup blocker interferes), records the
 * follow-up, and moves on. Paid orders and unusable numbers are skipped with the reason.
 */
public class WhatsAppQueueDialog extends Dialog {

    private final FollowUpService followUps;
    private final Runnable onSent;
    private final List<String> orderNumbers;
    private List<QueuedWhatsApp> queue;
    private final List<QueuedWhatsApp> skipped = new ArrayList<>();
    private int position = -1;
    private int opened;

    final Select<FollowUpStage> reminder =
            BulkEmailDialog.reminderSelect();
    final Paragraph progressText = new Paragraph();
    final ProgressBar progress = new ProgressBar();
    final Span who = new Span();
    final Div message = new Div();
    final Anchor open = new Anchor();
    final Button skip;
    final Paragraph summary = new Paragraph();

    public WhatsAppQueueDialog(FollowUpService followUps, List<String> orderNumbers, Runnable onSent) {
        this.followUps = followUps;
        this.onSent = onSent;
        this.orderNumbers = List.copyOf(orderNumbers);
        this.queue = followUps.whatsAppQueue(orderNumbers, null);
        setHeaderTitle(getTranslation("followup.queue.title", orderNumbers.size()));
        setCloseOnOutsideClick(false);
        addClassName("orderan-dialog");
        setWidth("min(40rem, 100vw)");
        progress.setMin(0);
        progress.setMax(Math.max(1, queue.size()));
        who.addClassName("orderan-strong");
        message.addClassName("orderan-message-preview");
        message.setId("queue-message");
        summary.setVisible(false);
        reminder.setId("queue-reminder");
        // another reminder for everyone: the queue starts again (only until the first chat is opened)
        reminder.addValueChangeListener(e -> {
            queue = followUps.whatsAppQueue(this.orderNumbers, e.getValue());
            skipped.clear();
            position = -1;
            next();
        });
        add(new Paragraph(getTranslation("followup.queue.explain")), reminder, progressText, progress, who, message,
                summary);

        open.setId("queue-open");
        open.setTarget(AnchorTarget.BLANK);
        open.getElement().setAttribute("rel", "noopener");
        open.addClassName("orderan-link-button");
        open.add(VaadinIcon.COMMENT.create(), new Span(getTranslation("followup.queue.open")));
        // the browser opens the link itself; the server hears the same click and records the follow-up
        open.getElement().addEventListener("click", e -> recordAndNext());
        skip = Forms.secondary(getTranslation("followup.queue.skip"));
        skip.setId("queue-skip");
        skip.addClickListener(e -> {
            QueuedWhatsApp current = queue.get(position);
            skipped.add(new QueuedWhatsApp(current.orderNumber(), current.customerName(), current.stage(),
                    current.message(), null, "followup.queue.skip-user"));
            next();
        });
        Button close = Forms.secondary(getTranslation("action.close"));
        close.addClickListener(e -> close());
        getFooter().add(close, skip, open);
        next();
    }

    private void recordAndNext() {
        QueuedWhatsApp current = queue.get(position);
        if (Forms.attempt(this, () -> followUps.whatsApp(current.orderNumber(), current.stage(),
                current.message())) != null) {
            opened++;
            reminder.setEnabled(false);
            onSent.run();
        }
        next();
    }

    /** Moves to the next order that can be opened; the others are collected for the summary. */
    private void next() {
        position++;
        while (position < queue.size() && queue.get(position).link() == null) {
            skipped.add(queue.get(position));
            position++;
        }
        progress.setMax(Math.max(1, queue.size()));
        progress.setValue(Math.min(position, queue.size()));
        if (position >= queue.size()) {
            finish();
            return;
        }
        QueuedWhatsApp current = queue.get(position);
        progressText.setText(getTranslation("followup.queue.position", position + 1, queue.size()));
        who.setText(current.orderNumber() + " · " + current.customerName() + " · " + getTranslation(current.stage().labelKey()));
        message.setText(current.message());
        open.setHref(current.link());
    }

    private void finish() {
        progressText.setText(getTranslation("followup.queue.done"));
        who.setVisible(false);
        message.setVisible(false);
        open.setVisible(false);
        skip.setVisible(false);
        reminder.setEnabled(false);
        var text = new StringBuilder(getTranslation("followup.queue.summary", opened, skipped.size()));
        for (QueuedWhatsApp s : skipped) {
            text.append('\n').append(s.orderNumber()).append(" · ").append(s.customerName()).append(": ")
                    .append(getTranslation(s.problemKey() == null ? "followup.queue.skip-phone" : s.problemKey()));
        }
        summary.setText(text.toString());
        summary.addClassName("orderan-pre-line");
        summary.setVisible(true);
    }
}
