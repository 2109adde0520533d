package id.orderan.security;

/**
 * A generated password, handed to the admin exactly once (it is stored only as a bcrypt hash); its
 * user must change it at the next sign-in.
 */
public record IssuedPassword(long userId, String username, String password) {
}
