package cn.gov.laoshan.district.market;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import cn.gov.laoshan.district.api.data.PluginDatabase;
import cn.gov.laoshan.district.api.plugin.PlatformInfo;
import cn.gov.laoshan.district.market.commitment.service.CommitmentSignals;
import cn.gov.laoshan.district.market.credit.service.CreditSignalSource;

/** The commitment records as a source of the credit-risk grading: a component of its own, on the bundle's database. */
@Component(service = CreditSignalSource.class)
public class MarketCommitmentSignals extends CommitmentSignals {

    @Activate
    public MarketCommitmentSignals(@Reference PluginDatabase database, @Reference PlatformInfo platform) {
        super(database.jdbi(), platform.clock());
    }
}
