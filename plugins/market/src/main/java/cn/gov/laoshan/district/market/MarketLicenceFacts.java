package cn.gov.laoshan.district.market;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import cn.gov.laoshan.district.api.data.PluginDatabase;
import cn.gov.laoshan.district.api.enterprise.facts.HeldLicences;
import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.market.service.LicenceFacts;

/**
 * The market plugin's licence facts offered to the platform's rule engines as {@link HeldLicences}: a component of its
 * own, so that a reader does not wait for the plugin's screens, demo data or jobs (the database is the bundle's, the
 * same migrated schema as {@link MarketPlugin}'s).
 */
@Component(service = HeldLicences.class)
public class MarketLicenceFacts extends LicenceFacts {

    @Activate
    public MarketLicenceFacts(@Reference PluginDatabase database, @Reference AccessControl access) {
        super(database.jdbi(), access);
    }
}
