package id.orderan.security;

/** A staff account to create; its first password is generated and shown once. */
public record NewUserCommand(String username, String displayName, Role role) {
}
