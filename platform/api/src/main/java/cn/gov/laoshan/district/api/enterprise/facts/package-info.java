/**
 * Enterprise facts (企业事实), owned by the enterprise registry: what eligibility rules (免申即享), credit grading and
 * matchmaking need to know about an enterprise beyond its registration — yearly figures with their year, source and
 * as-of date ({@link cn.gov.laoshan.district.api.enterprise.facts.YearlyFigure}), qualifications with validity
 * periods ({@link cn.gov.laoshan.district.api.enterprise.facts.Qualification}), street and industrial park
 * ({@link cn.gov.laoshan.district.api.enterprise.facts.Location}) and credit marks
 * ({@link cn.gov.laoshan.district.api.enterprise.facts.CreditMark}). Plugins find
 * {@link cn.gov.laoshan.district.api.enterprise.facts.EnterpriseFactsService} in the OSGi registry; rule engines read
 * chosen facts of every enterprise at once as a versioned, column-wise
 * {@link cn.gov.laoshan.district.api.enterprise.facts.FactSnapshot}.
 *
 * <p>Version 1.1.0 adds the snapshot columns {@code FactColumn.Founded} (成立日期) and {@code FactColumn.SizeClass} (企业规模),
 * and the imports of qualifications, credit grades and size classes.
 *
 * @since 1.0.0
 */
@Export
@Version("1.2.0")
package cn.gov.laoshan.district.api.enterprise.facts;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
