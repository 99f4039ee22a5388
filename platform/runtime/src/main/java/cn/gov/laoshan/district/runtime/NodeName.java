package cn.gov.laoshan.district.runtime;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A node's name among several platforms on one database ({@code node.name}): what {@code /health}, the console's
 * system page and the job leases call it, and what an operator writes in the load balancer's configuration. Letters,
 * digits, {@code .}, {@code _} and {@code -}, at most 63 characters (a host name's label), so that it is safe in a
 * file name, a log line and an HAProxy cookie value.
 */
final class NodeName {

    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,62}");

    private NodeName() {
    }

    /** The name, or an {@link IllegalArgumentException} saying what is wrong with it (stops the start). */
    static String check(String name) {
        String trimmed = name.trim();
        if (!VALID.matcher(trimmed).matches()) {
            throw new IllegalArgumentException("node.name must be 1 to 63 letters, digits, '.', '_' or '-', "
                    + "starting with a letter or digit: " + name);
        }
        return trimmed;
    }

    /** This machine's host name (without its domain), else {@code localhost}. */
    static String ofHost() {
        return HostName.NAME;
    }

    /** Looked up once: a host name lookup may ask the DNS. */
    private static final class HostName {
        static final String NAME = lookUp();

        private static String lookUp() {
            String name;
            try {
                name = InetAddress.getLocalHost().getHostName();
            } catch (UnknownHostException | SecurityException e) {
                name = System.getenv().getOrDefault("HOSTNAME", "localhost");
            }
            int dot = name.indexOf('.');
            String label = (dot > 0 ? name.substring(0, dot) : name).toLowerCase(Locale.ROOT)
                    .replaceAll("[^a-z0-9._-]", "-");
            return VALID.matcher(label).matches() ? label : "localhost";
        }
    }
}
