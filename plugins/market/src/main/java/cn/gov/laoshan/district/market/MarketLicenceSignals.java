package cn.gov.laoshan.district.market;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import cn.gov.laoshan.district.api.data.PluginDatabase;
import cn.gov.laoshan.district.market.credit.service.CreditSignalSource;
import cn.gov.laoshan.district.market.credit.service.LicenceSignals;

/** The licences' credit signals ({@link LicenceSignals}) as a DS service the grading reads with the others. */
@Component(service = CreditSignalSource.class)
public class MarketLicenceSignals extends LicenceSignals {

    @Activate
    public MarketLicenceSignals(@Reference PluginDatabase database) {
        super(database.jdbi());
    }
}
