package cn.gov.laoshan.district.core.config;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.osgi.service.metatype.AttributeDefinition;

/**
 * The one check of a configuration value against its Metatype attribute definition, for the admin console's form
 * and for what Configuration Admin delivers from {@code conf/*.cfg} files ({@link ConfigurationCheck}): the type
 * first (an integer must parse as one), then the definition's own {@code validate} (ranges, required), then its
 * options. Problems are short codes that the console turns into message keys ({@code console.config.invalid.<code>})
 * and the log into words ({@link #allowed}).
 */
public final class ConfigValues {

    /** Type codes: the value does not parse as the attribute's type. */
    public static final String INTEGER = "integer";
    public static final String LONG = "long";
    public static final String DOUBLE = "double";
    public static final String BOOLEAN = "boolean";

    private ConfigValues() {
    }

    /**
     * {@code null} when {@code value} is valid for {@code ad}; else the problem's code: a type code above, or
     * {@code min}, {@code max}, {@code option}, {@code value}, {@code missing}, or {@code other:<message>}.
     */
    public static String problem(AttributeDefinition ad, String value) {
        try {
            parse(ad.getType(), value);
        } catch (IllegalArgumentException e) {
            return typeCode(ad.getType());
        }
        String message = ad.validate(value);
        if (message != null && !message.isEmpty()) {
            return code(message);
        }
        String[] options = ad.getOptionValues();
        if (options != null && options.length > 0 && !Arrays.asList(options).contains(value)) {
            return "option";
        }
        return null;
    }

    /** Felix Metatype's validation wording ({@code %less than minimum}, ...) as a problem code. */
    public static String code(String message) {
        String m = message.startsWith("%") ? message.substring(1) : message;
        return switch (m.trim().toLowerCase(Locale.ROOT)) {
            case "not a valid option" -> "option";
            case "invalid value" -> "value";
            case "greater than maximum" -> "max";
            case "less than minimum" -> "min";
            case "missing required value" -> "missing";
            default -> "other:" + m;
        };
    }

    /** The typed value of {@code value} for a Metatype type ({@code AttributeDefinition.INTEGER}, ...). */
    public static Object parse(int type, String value) {
        String v = value.strip();
        return switch (type) {
            case AttributeDefinition.INTEGER, AttributeDefinition.SHORT, AttributeDefinition.BYTE -> Integer.valueOf(v);
            case AttributeDefinition.LONG -> Long.valueOf(v);
            case AttributeDefinition.DOUBLE, AttributeDefinition.FLOAT, AttributeDefinition.BIGDECIMAL -> {
                double d = Double.parseDouble(v);
                if (Double.isNaN(d) || Double.isInfinite(d)) {
                    throw new NumberFormatException(v);
                }
                yield d;
            }
            case AttributeDefinition.BOOLEAN -> {
                if (!v.equalsIgnoreCase("true") && !v.equalsIgnoreCase("false")) {
                    throw new IllegalArgumentException(v);
                }
                yield Boolean.valueOf(v);
            }
            default -> value;
        };
    }

    private static String typeCode(int type) {
        return switch (type) {
            case AttributeDefinition.INTEGER, AttributeDefinition.SHORT, AttributeDefinition.BYTE -> INTEGER;
            case AttributeDefinition.LONG -> LONG;
            case AttributeDefinition.DOUBLE, AttributeDefinition.FLOAT, AttributeDefinition.BIGDECIMAL -> DOUBLE;
            case AttributeDefinition.BOOLEAN -> BOOLEAN;
            default -> "value";
        };
    }

    /** A configured value (one, an array or a collection) as the texts the definition validates. */
    public static List<String> texts(Object value) {
        List<String> texts = new ArrayList<>();
        if (value == null) {
            return texts;
        }
        if (value.getClass().isArray()) {
            for (int i = 0; i < java.lang.reflect.Array.getLength(value); i++) {
                texts.add(String.valueOf(java.lang.reflect.Array.get(value, i)));
            }
        } else if (value instanceof Collection<?> values) {
            values.forEach(v -> texts.add(String.valueOf(v)));
        } else {
            texts.add(String.valueOf(value));
        }
        return texts;
    }

    /**
     * What {@code ad} allows, in words for the log: "an integer from 1 to 100", "true or false", "one of a, b".
     * Metatype's API says nothing about bounds, so for whole numbers they are found by asking the definition's own
     * {@code validate} (a binary search each way from the default, which must be valid).
     */
    public static String allowed(AttributeDefinition ad) {
        String[] options = ad.getOptionValues();
        if (options != null && options.length > 0) {
            return "one of " + String.join(", ", options);
        }
        int type = ad.getType();
        if (type == AttributeDefinition.BOOLEAN) {
            return "true or false";
        }
        boolean whole = type == AttributeDefinition.INTEGER || type == AttributeDefinition.LONG
                || type == AttributeDefinition.SHORT || type == AttributeDefinition.BYTE;
        if (!whole) {
            return type == AttributeDefinition.DOUBLE || type == AttributeDefinition.FLOAT ? "a number" : "a valid value";
        }
        long max = type == AttributeDefinition.LONG ? Long.MAX_VALUE : Integer.MAX_VALUE;
        long min = type == AttributeDefinition.LONG ? Long.MIN_VALUE : Integer.MIN_VALUE;
        String[] defaults = ad.getDefaultValue();
        Long seed = null;
        if (defaults != null && defaults.length > 0) {
            try {
                long d = Long.parseLong(defaults[0].strip());
                seed = problem(ad, Long.toString(d)) == null ? d : null;
            } catch (NumberFormatException e) {
                seed = null;
            }
        }
        String noun = type == AttributeDefinition.LONG ? "a whole number" : "an integer";
        if (seed == null) {
            return noun;
        }
        long low = boundary(ad, seed, min);
        long high = boundary(ad, seed, max);
        if (low == min && high == max) {
            return noun;
        }
        if (high == max) {
            return noun + " of at least " + low;
        }
        if (low == min) {
            return noun + " of at most " + high;
        }
        return noun + " from " + low + " to " + high;
    }

    /**
     * The valid value nearest to {@code limit} on the way from {@code valid} (a valid value) to {@code limit}, either
     * side of it: Metatype answers only "valid or not", so the bound is found by halving, the valid values being taken
     * as one range.
     */
    private static long boundary(AttributeDefinition ad, long valid, long limit) {
        if (problem(ad, Long.toString(limit)) == null) {
            return limit;
        }
        long good = valid;
        long bad = limit;
        // the distance as an unsigned number: it does not overflow even between Long.MIN_VALUE and Long.MAX_VALUE
        while (Long.compareUnsigned(bad > good ? bad - good : good - bad, 1) > 0) {
            long mid = (bad & good) + ((bad ^ good) >> 1); // the mean, without overflow
            if (problem(ad, Long.toString(mid)) == null) {
                good = mid;
            } else {
                bad = mid;
            }
        }
        return good;
    }
}
