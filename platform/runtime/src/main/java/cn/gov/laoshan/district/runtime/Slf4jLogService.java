package cn.gov.laoshan.district.runtime;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceFactory;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.log.LogService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An OSGi Log Service that writes to SLF4J, so that SCR, FileInstall and the other standard bundles log to the
 * platform's log (console and {@code logs/}) instead of standard output. One logger per bundle, named after it.
 */
@SuppressWarnings("deprecation")
final class Slf4jLogService implements ServiceFactory<LogService> {

    static void register(BundleContext context) {
        context.registerService(LogService.class, new Slf4jLogService(), null);
    }

    @Override
    public LogService getService(Bundle bundle, ServiceRegistration<LogService> registration) {
        Logger logger = LoggerFactory.getLogger("osgi." + bundle.getSymbolicName());
        return new BundleLog(logger);
    }

    @Override
    public void ungetService(Bundle bundle, ServiceRegistration<LogService> registration, LogService service) {
        // nothing held
    }

    private record BundleLog(Logger logger) implements LogService {

        @Override
        public void log(int level, String message) {
            log(null, level, message, null);
        }

        @Override
        public void log(int level, String message, Throwable exception) {
            log(null, level, message, exception);
        }

        @Override
        public void log(ServiceReference sr, int level, String message) {
            log(sr, level, message, null);
        }

        @Override
        public void log(ServiceReference sr, int level, String message, Throwable exception) {
            switch (level) {
                case LOG_ERROR -> logger.error(message, exception);
                case LOG_WARNING -> logger.warn(message, exception);
                case LOG_INFO -> logger.info(message, exception);
                default -> logger.debug(message, exception);
            }
        }
    }
}
