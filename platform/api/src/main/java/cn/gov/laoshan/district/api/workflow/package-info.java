/**
 * Records that move through states — mediation cases, approval items, licences, policies, suggestions — declare
 * their state machine once with {@link cn.gov.laoshan.district.api.workflow.StateMachine}: the states, the
 * transitions between them, who may fire each one (a permission), guards that must hold, and whether a reason
 * is required. The machine refuses every other move with a message key that says why. The platform's
 * {@link cn.gov.laoshan.district.api.workflow.Timeline} service keeps each record's transitions (who, when, from,
 * to, note) and writes them to the audit log. {@link cn.gov.laoshan.district.api.workflow.RecordEvents} announces
 * what happened to a record as an OSGi event on {@code district/<plugin>/<EVENT>} (since 1.1.0).
 */
@Export
@Version("1.2.0")
package cn.gov.laoshan.district.api.workflow;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
