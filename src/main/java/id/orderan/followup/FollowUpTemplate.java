package id.orderan.followup;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The text used for one channel and stage. {@code updatedAt == null} means the built-in default
 * (never edited); {@code version} is what a save must match, so two admins don't overwrite each other.
 * {@code autoSend} applies to emails of {@link FollowUpStage#isNotice() notice} stages only.
 */
public record FollowUpTemplate(FollowUpChannel channel, FollowUpStage stage, String subject, String body,
        boolean autoSend, long version, @Nullable String updatedBy, @Nullable Instant updatedAt) {

    public boolean isDefault() {
        return updatedAt == null;
    }

    /** The automatic-email toggle exists for the two notices sellers send on every order. */
    public boolean canAutoSend() {
        return canAutoSend(channel, stage);
    }

    static boolean canAutoSend(FollowUpChannel channel, FollowUpStage stage) {
        return channel == FollowUpChannel.EMAIL && stage.isNotice();
    }
}
