package id.orderan.followup;

/** Saving a template from the editor; {@code version} is the one the editor loaded ({@code -1}: default). */
public record FollowUpTemplateCommand(FollowUpChannel channel, FollowUpStage stage, String subject, String body,
        boolean autoSend, long version) {}
