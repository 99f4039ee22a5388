/**
 * Money on screen (since 1.0.0): {@link cn.gov.laoshan.district.uikit.money.YuanField}, a form field bound to the
 * api's {@code cn.gov.laoshan.district.api.money.Yuan}.
 */
@Export
@Version("1.0.0")
package cn.gov.laoshan.district.uikit.money;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
