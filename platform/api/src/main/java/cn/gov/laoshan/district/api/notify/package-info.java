/**
 * In-app notifications: a message to a user, to every staff holder of a permission, to a department, to every
 * user of an enterprise (since 1.1.0) or to the holders of a permission for one department (since 1.4.0), shown in the
 * user's inbox (the bell in the shell); reminders planned for a later time (since 1.2.0 also once per step of a
 * record, {@code Reminders.scheduleOnce}/{@code sendOnce}); the signed-in user's own inbox.
 */
@Export
@Version("1.4.0")
package cn.gov.laoshan.district.api.notify;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
