package cn.gov.laoshan.district.market;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import cn.gov.laoshan.district.api.data.PluginDatabase;
import cn.gov.laoshan.district.market.credit.service.CreditSignalSource;
import cn.gov.laoshan.district.market.lenient.service.CaseSignals;

/** The violation records as a source of the credit-risk grading: a component of its own, on the bundle's database. */
@Component(service = CreditSignalSource.class)
public class MarketCaseSignals extends CaseSignals {

    @Activate
    public MarketCaseSignals(@Reference PluginDatabase database) {
        super(database.jdbi());
    }
}
