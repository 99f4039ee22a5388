/**
 * In-app notifications: a message to a user, to every holder of a permission or to a department, shown in the
 * user's inbox (the bell in the shell); reminders planned for a later time; the signed-in user's own inbox.
 */
@Export
@Version("1.0.0")
package cn.gov.laoshan.district.api.notify;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
