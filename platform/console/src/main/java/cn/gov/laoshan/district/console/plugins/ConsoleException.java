package cn.gov.laoshan.district.console.plugins;

import java.util.Arrays;

import cn.gov.laoshan.district.api.validation.RefusedException;

/**
 * A refusal or failure told to the administrator (nothing was changed): a message key of the console's bundle with
 * its arguments, and an English text for logs and tests. A {@link RefusedException} about no field, so that uikit
 * {@code Steps} would show it too.
 */
public class ConsoleException extends RefusedException {

    private static final long serialVersionUID = 1L;

    public ConsoleException(String key, String english, Object... args) {
        super(null, key, args, english);
    }

    /** The message key ({@link #messageKey()}). */
    public String key() {
        return messageKey();
    }

    /** The message's arguments ({@link #parameters()}). */
    public Object[] args() {
        return parameters();
    }

    @Override
    public String toString() {
        return key() + Arrays.toString(args()) + ": " + getMessage();
    }
}
