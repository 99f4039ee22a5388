/**
 * Files kept with any record of any plugin (a mediation case, a housing issue, a dispatch meeting): the platform's
 * {@link cn.gov.laoshan.district.api.attachment.Attachments} service checks an upload by its content (not its
 * name), enforces the size limit while the bytes arrive (never holding a whole file in memory), keeps the file in
 * the database, lists, serves and deletes it, re-checks the caller's right at every call through the plugin's
 * {@link cn.gov.laoshan.district.api.attachment.AttachmentRules} (permission and department/enterprise scope of the
 * record are the plugin's to say), and writes every change to the audit log. The UI kit's {@code AttachmentsPanel}
 * shows them on a screen. {@link cn.gov.laoshan.district.api.attachment.RecordAttachmentRules} (1.1.0) holds the rules most
 * records want: a record's files are seen by whoever sees the record.
 */
@Export
@Version("1.1.0")
package cn.gov.laoshan.district.api.attachment;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
