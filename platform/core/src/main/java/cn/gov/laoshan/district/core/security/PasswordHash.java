package cn.gov.laoshan.district.core.security;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Password hashes. New hashes are Argon2id (Bouncy Castle) in the PHC string form
 * {@code $argon2id$v=19$m=<KiB>,t=<passes>,p=<lanes>$<salt>$<hash>} (Base64 without padding), the form libargon2 and
 * most libraries read. Hashes made before are PBKDF2-HMAC-SHA256 in the platform's own form
 * {@code pbkdf2-sha256$<iterations>$<salt>$<hash>}: they still verify, and {@link #needsUpgrade} says so, so that
 * the sign-in that proves the password can replace them (the password is needed to make the new hash).
 * Every comparison is in constant time. The password array is wiped after use.
 */
public final class PasswordHash {

    private static final String PBKDF2 = "pbkdf2-sha256";
    private static final Pattern ARGON2ID = Pattern.compile(
            "\\$argon2id\\$v=19\\$m=(\\d{1,8}),t=(\\d{1,4}),p=(\\d{1,3})\\$([A-Za-z0-9+/]+)\\$([A-Za-z0-9+/]+)");
    private static final int HASH_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Letters and digits without the ones people mistake for each other (0/O, 1/l/I). */
    private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789".toCharArray();

    private PasswordHash() {
    }

    /** A new Argon2id hash of {@code password} (wiped afterwards) with a random 16-byte salt. */
    public static String hash(char[] password, PasswordCost cost) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        byte[] hash = argon2id(password, salt, cost);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return "$argon2id$v=19$m=" + cost.memoryKiB() + ",t=" + cost.passes() + ",p=" + cost.parallelism() + "$"
                + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
    }

    /**
     * Whether {@code password} (wiped afterwards) matches {@code stored}, an Argon2id or an older PBKDF2 hash.
     *
     * @throws IllegalArgumentException when {@code stored} is neither
     */
    public static boolean verify(char[] password, String stored) {
        String text = stored.trim();
        Matcher argon = ARGON2ID.matcher(text);
        if (argon.matches()) {
            PasswordCost cost = new PasswordCost(Integer.parseInt(argon.group(1)), Integer.parseInt(argon.group(2)),
                    Integer.parseInt(argon.group(3)));
            byte[] salt = Base64.getDecoder().decode(argon.group(4));
            byte[] expected = Base64.getDecoder().decode(argon.group(5));
            return MessageDigest.isEqual(expected, argon2id(password, salt, cost, expected.length));
        }
        String[] parts = text.split("\\$");
        if (parts.length != 4 || !PBKDF2.equals(parts[0])) {
            Arrays.fill(password, '\0');
            throw new IllegalArgumentException("neither an argon2id nor a " + PBKDF2 + " hash");
        }
        int iterations = Integer.parseInt(parts[1]);
        byte[] salt = Base64.getDecoder().decode(parts[2]);
        byte[] expected = Base64.getDecoder().decode(parts[3]);
        return MessageDigest.isEqual(expected, pbkdf2(password, salt, iterations));
    }

    /**
     * Whether {@code stored} should be replaced by a hash of {@code wanted} cost at the next proof of the password:
     * it is an older PBKDF2 hash, or an Argon2id hash weaker than {@code wanted}.
     */
    public static boolean needsUpgrade(String stored, PasswordCost wanted) {
        Matcher argon = ARGON2ID.matcher(stored.trim());
        if (!argon.matches()) {
            return true;
        }
        return new PasswordCost(Integer.parseInt(argon.group(1)), Integer.parseInt(argon.group(2)),
                Integer.parseInt(argon.group(3))).weakerThan(wanted);
    }

    /** A random password of {@code length} characters from an unambiguous alphabet. */
    public static String randomPassword(int length) {
        char[] password = new char[length];
        for (int i = 0; i < length; i++) {
            password[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(password);
    }

    /**
     * The hash of a password before Argon2id, made only to test the upgrade of hashes stored by earlier versions.
     */
    public static String legacyPbkdf2(char[] password, int iterations) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return PBKDF2 + "$" + iterations + "$" + b64.encodeToString(salt) + "$"
                + b64.encodeToString(pbkdf2(password, salt, iterations));
    }

    private static byte[] argon2id(char[] password, byte[] salt, PasswordCost cost) {
        return argon2id(password, salt, cost, HASH_BYTES);
    }

    private static byte[] argon2id(char[] password, byte[] salt, PasswordCost cost, int length) {
        byte[] secret = utf8(password);
        try {
            Argon2BytesGenerator generator = new Argon2BytesGenerator();
            generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                    .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                    .withMemoryAsKB(cost.memoryKiB()).withIterations(cost.passes())
                    .withParallelism(cost.parallelism()).withSalt(salt).build());
            byte[] out = new byte[length];
            generator.generateBytes(secret, out);
            return out;
        } finally {
            Arrays.fill(secret, (byte) 0);
            Arrays.fill(password, '\0');
        }
    }

    /** UTF-8 bytes of the password without a String (which could not be wiped). */
    private static byte[] utf8(char[] password) {
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
        byte[] bytes = Arrays.copyOfRange(encoded.array(), encoded.position(), encoded.limit());
        Arrays.fill(encoded.array(), (byte) 0);
        return bytes;
    }

    private static byte[] pbkdf2(char[] password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, 256);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is not available", e);
        } finally {
            spec.clearPassword();
            Arrays.fill(password, '\0');
        }
    }
}
