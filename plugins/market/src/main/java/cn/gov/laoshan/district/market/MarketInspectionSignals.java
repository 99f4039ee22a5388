package cn.gov.laoshan.district.market;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import cn.gov.laoshan.district.api.data.PluginDatabase;
import cn.gov.laoshan.district.market.credit.service.CreditSignalSource;
import cn.gov.laoshan.district.market.inspection.service.InspectionSignals;

/** The random inspections' results as credit signals ({@link InspectionSignals}), read by the next grading. */
@Component(service = CreditSignalSource.class)
public class MarketInspectionSignals extends InspectionSignals {

    @Activate
    public MarketInspectionSignals(@Reference PluginDatabase database) {
        super(database.jdbi());
    }
}
