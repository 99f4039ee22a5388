/**
 * The platform's people, as plugins may see them: a {@link cn.gov.laoshan.district.api.identity.UserDirectory} to
 * pick a member of staff (a task-force lead, an assignee) from a list instead of typing a login. Entries carry the
 * login, the name and the department only, never personal data (phone, ID number, e-mail). (1.2.0)
 * {@link cn.gov.laoshan.district.api.identity.IndividualAccounts}: the account of a person a plugin accepted who
 * represents no organisation (an approved 政务体验官), made by a holder of its permission.
 */
@Export
@Version("1.2.0")
package cn.gov.laoshan.district.api.identity;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
