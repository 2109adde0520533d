package id.orderan.followup;

import java.time.Instant;

/** For the Follow Up column: "FU 2 · 3 jam lalu". */
public record FollowUpSummary(long sent, Instant last) {}
