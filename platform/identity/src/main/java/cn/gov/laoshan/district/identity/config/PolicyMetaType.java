package cn.gov.laoshan.district.identity.config;

import java.util.List;

import cn.gov.laoshan.district.core.config.LocalisedMetaType;

/**
 * The Metatype description of the identity module's configuration (PID {@value #PID}: password and lockout
 * policy), localised from {@code identity/i18n/metatype*.properties} (zh-CN default, English). Registered as a
 * {@code MetaTypeProvider} service: see {@link LocalisedMetaType} for why not XML.
 */
public final class PolicyMetaType extends LocalisedMetaType {

    public static final String PID = "cn.gov.laoshan.district.identity";

    public PolicyMetaType() {
        super(PID, "cn/gov/laoshan/district/identity/i18n/metatype", PolicyMetaType.class.getClassLoader(), List.of(
                Attribute.integer("password.min-length", 12, 8, 128),
                Attribute.bool("password.require-complexity", false),
                Attribute.integer("password.max-age-days", 0, 0, 3650),
                Attribute.integer("lockout.max-failures", 5, 1, 100),
                Attribute.integer("lockout.minutes", 15, 1, 1440),
                Attribute.integer("session.max-hours", 12, 1, 168)));
    }
}
