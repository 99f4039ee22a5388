/**
 * Public-notice periods (公示): a record of a plugin — a simple deregistration (简易注销), a payout list, a draft
 * policy's comment period — is made public for a period of calendar or working days; anyone signed in may object
 * while it runs; at its end a platform job closes it with the outcome "no objection" or "objections received".
 * Opening, each objection, closing and withdrawing are posted as EventAdmin events ({@link NoticeEvents}) so that the
 * plugin reacts, and audited. Provided by the platform ({@link PublicNotices}); checked on the server: the plugin
 * names the permission that may open and withdraw its notices, and objecting needs a signed-in user.
 */
@Export
@Version("1.0.0")
package cn.gov.laoshan.district.api.notice;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
