package cn.gov.laoshan.district.uikit.imports;

import java.util.Objects;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A column of an import file: found by its Chinese header or its English one (any case), named by the Chinese one
 * in problems. An importer's columns are usually an enum implementing this; {@link #of} makes one ad hoc.
 */
@ConsumerType
public interface ImportColumn {

    /** The Chinese header, as the template writes it (统一社会信用代码). */
    String zh();

    /** The English header (Unified social credit code). */
    String en();

    /** Whether the header row must have this column. */
    default boolean required() {
        return true;
    }

    /** Whether {@code header} (a header cell) names this column. */
    default boolean matches(String header) {
        String h = header == null ? "" : header.strip();
        return h.equals(zh()) || h.equalsIgnoreCase(en());
    }

    static ImportColumn of(String zh, String en, boolean required) {
        Objects.requireNonNull(zh, "zh");
        Objects.requireNonNull(en, "en");
        return new ImportColumn() {
            @Override
            public String zh() {
                return zh;
            }

            @Override
            public String en() {
                return en;
            }

            @Override
            public boolean required() {
                return required;
            }

            @Override
            public String toString() {
                return zh;
            }
        };
    }
}
