package cn.gov.laoshan.district.shell;

import java.util.Optional;

/** Finds a platform service that may start after the shell (the runtime answers from the OSGi registry). */
@FunctionalInterface
public interface ServiceLookup {
    <T> Optional<T> find(Class<T> type);
}
