package id.orderan.security;

import java.time.Instant;

/** One line of Pengaturan › Log masuk. */
public record SignInRow(Instant attemptedAt, String username, String clientAddress, SignInOutcome outcome) {
}
