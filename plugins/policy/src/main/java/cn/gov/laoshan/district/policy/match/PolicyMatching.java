package cn.gov.laoshan.district.policy.match;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.FieldOption;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.gov.laoshan.district.api.audit.AuditLog;
import cn.gov.laoshan.district.api.data.PluginDatabase;
import cn.gov.laoshan.district.api.enterprise.EnterpriseEvents;
import cn.gov.laoshan.district.api.enterprise.EnterpriseRegistry;
import cn.gov.laoshan.district.api.enterprise.facts.EnterpriseFactsService;
import cn.gov.laoshan.district.api.enterprise.facts.HeldLicences;
import cn.gov.laoshan.district.api.plugin.PlatformInfo;
import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.policy.match.domain.PolicyMatch;
import cn.gov.laoshan.district.policy.match.service.MatchListener;
import cn.gov.laoshan.district.policy.match.service.MatchRepository;
import cn.gov.laoshan.district.policy.match.service.MatchResults;
import cn.gov.laoshan.district.policy.match.service.MatchService;

/**
 * The match side of 免申即享 as a DS component: provides {@link MatchResults} (read by the delivery side and the
 * dashboard) and the {@link MatchService} the plugin's screens use; calls every {@link MatchListener} (multiple,
 * dynamic, optional) with new matches; reads licence facts from {@link HeldLicences} when a plugin provides them;
 * and evaluates an enterprise again when the registry posts {@link EnterpriseEvents#UPDATED} for it (its
 * registration or facts changed), on a thread of its own so that EventAdmin's delivery is not held up.
 */
@Component(service = {PolicyMatching.class, MatchResults.class, EventHandler.class},
        property = EventConstants.EVENT_TOPIC + "=" + EnterpriseEvents.UPDATED)
public class PolicyMatching implements MatchResults, EventHandler {

    private static final Logger LOG = LoggerFactory.getLogger(PolicyMatching.class);

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, fieldOption = FieldOption.UPDATE)
    final List<MatchListener> listeners = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile HeldLicences licences;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile EnterpriseFactsService facts;

    private final MatchService service;
    private final ExecutorService again = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "policy-match-again");
        t.setDaemon(true);
        return t;
    });

    @Activate
    public PolicyMatching(@Reference PluginDatabase database, @Reference AccessControl access,
            @Reference EnterpriseRegistry registry, @Reference AuditLog audit, @Reference PlatformInfo platform) {
        MatchRepository repository = new MatchRepository(database.jdbi());
        this.service = new MatchService(repository, access, registry, () -> Optional.ofNullable(facts),
                () -> Optional.ofNullable(licences), () -> List.copyOf(listeners), () -> audit, platform.clock());
        // a run cut short by a stop is over
        repository.abandonRuns(platform.clock().instant());
    }

    @Deactivate
    void deactivate() {
        again.shutdownNow();
    }

    public MatchService service() {
        return service;
    }

    @Override
    public void handleEvent(Event event) {
        Object uscc = event.getProperty(EnterpriseEvents.USCC);
        if (uscc instanceof String code) {
            again.execute(() -> {
                try {
                    service.reevaluate(code);
                } catch (RuntimeException e) {
                    LOG.warn("evaluating {} again failed", code, e);
                }
            });
        }
    }

    @Override
    public List<PolicyMatch> matchesOf(long policyId) {
        return service.matchesOf(policyId);
    }

    @Override
    public Optional<PolicyMatch> match(long policyId, String uscc) {
        return service.match(policyId, uscc);
    }

    @Override
    public List<PolicyCount> counts() {
        return service.counts();
    }
}
