package id.orderan.followup;

/** Whether a follow-up went out; failed emails are kept with their error so they can be retried. */
public enum FollowUpState {
    SENT,
    FAILED
}
