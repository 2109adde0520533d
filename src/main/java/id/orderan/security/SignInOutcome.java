package id.orderan.security;

import id.orderan.base.Labelled;
import java.util.Locale;

/** How a sign-in attempt ended, as recorded in the sign-in log. */
public enum SignInOutcome implements Labelled {
    /** Signed in. */
    SUCCESS,
    /** Wrong password or unknown username (told apart nowhere, so nobody learns which names exist). */
    FAILURE,
    /** Refused without checking the password: too many failures for this name or address. */
    THROTTLED,
    /** The account is disabled. */
    DISABLED;

    /** Translation key of the label shown in Pengaturan › Log masuk. */
    @Override
    public String labelKey() {
        return "signin.outcome." + name().toLowerCase(Locale.ROOT);
    }
}
