package cn.gov.laoshan.district.runtime;

import org.slf4j.Marker;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;

/**
 * Drops Derby's notice, passed on by Flyway as a warning, that an index was not created because it duplicates one
 * Derby already has (SQL state 01504). Migrations index their foreign-key columns because PostgreSQL does not do so
 * by itself; Derby backs every foreign key with an index of its own and says so at every first start — a notice
 * nobody has to act on, which looked like a problem in the operator's log. Every other warning passes.
 */
public final class DerbyDuplicateIndexNotice extends TurboFilter {

    /** How Flyway ends the warnings it relays from the database: {@code "DB: <text> (SQL State: 01504 - ..."}. */
    static final String DUPLICATE_INDEX = "(SQL State: 01504 ";

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params,
            Throwable t) {
        boolean notice = level == Level.WARN && format != null && format.contains(DUPLICATE_INDEX)
                && logger.getName().startsWith("org.flywaydb.");
        return notice ? FilterReply.DENY : FilterReply.NEUTRAL;
    }
}
