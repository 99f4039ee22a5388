/**
 * Rules for input that every plugin checks the same way, in its service (server-side) and at the field on screen:
 * the bounds of a date field ({@link cn.gov.laoshan.district.api.validation.DateBounds}) and phone numbers
 * ({@link cn.gov.laoshan.district.api.validation.PhoneNumbers}). They are pure functions: the caller gives "today"
 * from its injected {@link java.time.Clock}, so rules never read the system time. A rule that fails is thrown as a
 * {@link cn.gov.laoshan.district.api.validation.RefusedException} (field, message key, parameters), which the
 * screens show without further code (since 1.1.0).
 */
@Export
@Version("1.1.0")
package cn.gov.laoshan.district.api.validation;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
