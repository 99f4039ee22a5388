/**
 * Masking of personal data wherever it is shown or exported: ID-card numbers, phone numbers, bank accounts,
 * names, e-mail addresses.
 */
@Export
@Version("1.0.0")
package cn.gov.laoshan.district.api.masking;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
