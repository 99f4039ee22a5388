package cn.gov.laoshan.district.console.plugins;

import java.util.Arrays;

/**
 * A refusal or failure told to the administrator: a message key of the console's bundle with its arguments, and
 * an English text for logs and tests.
 */
public class ConsoleException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final String key;
    private final transient Object[] args;

    public ConsoleException(String key, String english, Object... args) {
        super(english);
        this.key = key;
        this.args = args.clone();
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }

    @Override
    public String toString() {
        return key + Arrays.toString(args) + ": " + getMessage();
    }
}
