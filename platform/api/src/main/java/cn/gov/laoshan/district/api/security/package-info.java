/**
 * Who is calling and what they may do. Every screen declares a permission and the shell checks it before the
 * view exists; every service method that reads or writes data checks again on the server with
 * {@link cn.gov.laoshan.district.api.security.AccessControl#check(String)}. Deny by default: no permission, no
 * access; hiding a menu entry is never the check. A change to a department's data also checks the department:
 * {@link cn.gov.laoshan.district.api.security.AccessControl#check(String, String)} (since 1.1.0). An enterprise user
 * acts for their own enterprise only: {@link cn.gov.laoshan.district.api.security.AccessControl#enterprises(String)}
 * and {@link cn.gov.laoshan.district.api.security.EnterpriseScope} filter by it in SQL (since 1.2.0).
 * {@link cn.gov.laoshan.district.api.security.RecordScope} turns a read permission's department scope, the
 * user's own records and the enterprise scope into one SQL condition with bound values (since 1.3.0). An individual
 * user ({@link cn.gov.laoshan.district.api.security.CurrentUser#individual()}, since 1.4.0) acts for themself only:
 * their own records, no enterprise, no department.
 */
@Export
@Version("1.4.0")
package cn.gov.laoshan.district.api.security;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
