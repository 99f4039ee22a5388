package cn.gov.laoshan.district.api.masking;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Masks personal data for display and export. Every method accepts {@code null} (and returns {@code null}) and
 * tolerates spaces and dashes in the input; what it cannot recognise it masks entirely rather than show, except
 * that blank input stays blank. Masked output never contains more digits of the original than documented.
 */
@ProviderType
public interface Masking {

    /**
     * A mainland resident ID-card number (18 characters, the last may be X; also the old 15-digit form): the first
     * 6 (division code) and last 4 characters are kept: {@code 370212********1234}.
     */
    String idCard(String number);

    /**
     * A mobile number ({@code 138****5678}, the first 3 and last 4 digits kept; a {@code +86} prefix is kept) or a
     * landline with area code ({@code 0532-****6666}, area code and last 4 digits kept); other numbers keep their
     * last 4 digits.
     */
    String phone(String number);

    /** A bank account or card number: only the last 4 digits are kept, {@code **** **** **** 1234} style: {@code ************1234}. */
    String bankAccount(String number);

    /** A personal name: the first character is kept ({@code 张*}, {@code 欧阳**}: a known two-character surname is kept). */
    String name(String name);

    /** An e-mail address: the first character of the local part and the domain are kept: {@code z***@example.cn}. */
    String email(String address);
}
