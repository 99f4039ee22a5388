package cn.gov.laoshan.district.shell.security;

import java.util.List;

/** Changes a user's own password; implemented by the identity module. */
public interface PasswordChanger {

    /**
     * Changes the password when {@code current} is right and {@code next} follows the policy.
     *
     * @return message keys of what is wrong, empty when the password was changed
     */
    List<String> changePassword(String login, char[] current, char[] next);

    /** The account's access version after the user changed their own password (the session doing it goes on). */
    int accessVersion(String login);

    /** Message key describing the policy, with {@link #minLength()} as its parameter. */
    String policyKey();

    int minLength();
}
