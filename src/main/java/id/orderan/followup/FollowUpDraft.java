package id.orderan.followup;

import org.jspecify.annotations.Nullable;

/** A message ready to edit and send: the next stage's template with the order's values filled in. */
public record FollowUpDraft(String orderNumber, FollowUpChannel channel, FollowUpStage stage, String subject,
        String message, @Nullable String recipient) {}
