package cn.gov.laoshan.district.console.config;

import java.util.List;

/**
 * A configuration as the screen shows it, generated from its Metatype description. Secret (PASSWORD) values are
 * never in it: only whether one is set.
 *
 * @param pid         the PID (for a factory configuration, the instance's PID)
 * @param factoryPid  the factory PID, or {@code null}
 * @param name        the localised name of the object class definition
 * @param description its localised description
 * @param configured  whether a configuration exists (else the defaults apply)
 * @param file        the {@code .cfg} file mirroring it, or {@code null}
 * @param fields      one per attribute definition, in the description's order
 */
public record ConfigForm(String pid, String factoryPid, String name, String description, boolean configured,
        String file, List<Field> fields) {

    /** The value kinds the screen has an editor for. */
    public enum Kind {
        STRING, INTEGER, LONG, DOUBLE, BOOLEAN, PASSWORD, OTHER
    }

    /** An option of a select: what is shown and what is stored. */
    public record Option(String label, String value) {
    }

    /**
     * @param id          the attribute's key
     * @param name        localised name
     * @param description localised description, or ""
     * @param kind        the editor
     * @param type        the Metatype type constant ({@code AttributeDefinition.INTEGER}, ...)
     * @param cardinality 0 for one value, else at most |cardinality| values (Integer.MAX_VALUE: any number)
     * @param required    whether it is in the required set
     * @param defaults    the default values (empty if none)
     * @param options     the choices, empty if free input
     * @param values      the configured values, empty when none (defaults apply); always empty for secrets
     * @param secretSet   for a PASSWORD attribute: whether a value is set
     */
    public record Field(String id, String name, String description, Kind kind, int type, int cardinality,
            boolean required, List<String> defaults, List<Option> options, List<String> values, boolean secretSet) {

        public boolean secret() {
            return kind == Kind.PASSWORD;
        }

        public boolean multiple() {
            return cardinality != 0;
        }
    }
}
