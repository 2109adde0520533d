package id.orderan.followup;

import id.orderan.base.BusinessException;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/** The templates in force: the seller's saved ones, else the built-in defaults. */
@Component
class TemplateBook {

    static final long DEFAULT_VERSION = -1;

    private final FollowUpTemplateRepository rows;

    TemplateBook(FollowUpTemplateRepository rows) {
        this.rows = rows;
    }

    FollowUpTemplate get(FollowUpChannel channel, FollowUpStage stage) {
        return rows.findByChannelAndStage(channel, stage).map(FollowUpTemplateRow::toTemplate)
                .orElseGet(() -> defaultTemplate(channel, stage));
    }

    static FollowUpTemplate defaultTemplate(FollowUpChannel channel, FollowUpStage stage) {
        FollowUpTemplates.Template text = FollowUpTemplates.defaultFor(channel, stage);
        return new FollowUpTemplate(channel, stage, channel == FollowUpChannel.EMAIL ? text.subject() : "",
                text.body(), false, DEFAULT_VERSION, null, null);
    }

    FollowUpTemplate save(FollowUpTemplateCommand command, String actor, Instant now) {
        String body = command.body().strip();
        String subject = command.channel() == FollowUpChannel.EMAIL ? command.subject().strip() : "";
        if (body.isEmpty()) {
            throw new BusinessException("error.followup.empty");
        }
        if (command.channel() == FollowUpChannel.EMAIL && subject.isEmpty()) {
            throw new BusinessException("error.template.subject-required");
        }
        Set<String> unknown = new TreeSet<>(FollowUpTemplates.unknownPlaceholders(body));
        unknown.addAll(FollowUpTemplates.unknownPlaceholders(subject));
        if (!unknown.isEmpty()) {
            throw new BusinessException("error.template.unknown-placeholders", braces(unknown));
        }
        if (body.length() > 4000 || subject.length() > 200) {
            throw new BusinessException("error.template.too-long");
        }
        if (command.autoSend() && !FollowUpTemplate.canAutoSend(command.channel(), command.stage())) {
            throw new BusinessException("error.template.auto-send");
        }
        Optional<FollowUpTemplateRow> existing = rows.findByChannelAndStage(command.channel(), command.stage());
        long current = existing.map(r -> r.version).orElse(DEFAULT_VERSION);
        if (current != command.version()) {
            throw new BusinessException("error.template.changed",
                    existing.map(r -> r.updatedBy).orElse("?"));
        }
        FollowUpTemplateRow row = existing.orElseGet(FollowUpTemplateRow::new);
        row.channel = command.channel();
        row.stage = command.stage();
        row.subject = subject.isEmpty() ? null : subject;
        row.body = body;
        row.autoSend = command.autoSend();
        row.updatedBy = actor;
        row.updatedAt = now;
        try {
            return rows.saveAndFlush(row).toTemplate();
        } catch (OptimisticLockingFailureException
                | DataIntegrityViolationException e) {
            // another admin saved the same template between our read and our write
            throw new BusinessException("error.template.changed", "?");
        }
    }

    /** Back to the built-in text. The automatic-email toggle is a separate choice and stays as it was. */
    FollowUpTemplate reset(FollowUpChannel channel, FollowUpStage stage, String actor, Instant now) {
        Optional<FollowUpTemplateRow> existing = rows.findByChannelAndStage(channel, stage);
        if (existing.isEmpty()) {
            return defaultTemplate(channel, stage);
        }
        FollowUpTemplateRow row = existing.get();
        if (!row.autoSend) {
            rows.delete(row);
            return defaultTemplate(channel, stage);
        }
        FollowUpTemplate fallback = defaultTemplate(channel, stage);
        row.subject = fallback.subject().isEmpty() ? null : fallback.subject();
        row.body = fallback.body();
        row.updatedBy = actor;
        row.updatedAt = now;
        return rows.saveAndFlush(row).toTemplate();
    }

    private static String braces(Set<String> names) {
        return String.join(", ", names.stream().map(n -> "{" + n + "}").toList());
    }
}
