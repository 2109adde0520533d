package id.orderan.base;

import java.util.Arrays;

/**
 * A rule said no. Carries a translation key and its arguments instead of a sentence, so the UI
 * shows the message in the user's language and a hand-crafted request gets the same refusal.
 */
public class BusinessException extends RuntimeException {

    private final String messageKey;
    private final Object[] args;

    public BusinessException(String messageKey, Object... args) {
        super(messageKey + Arrays.toString(args));
        this.messageKey = messageKey;
        this.args = args.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }
}
