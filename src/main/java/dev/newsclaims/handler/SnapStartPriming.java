package dev.newsclaims.handler;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsclaims.extract.Extractor;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;
import org.jboss.logging.Logger;

/**
 * SnapStart priming: before Lambda snapshots the initialised function, run one extraction and
 * serialise its result, so that the extractor's lexicons, its classes and Jackson's serialisers are
 * in the snapshot instead of being loaded on the first restored invocation; and one harmless read
 * with each AWS client ({@code AwsWarmup}), which loads the SDK's request path. Connections made then
 * are stale after restore; the SDK reconnects (and retries) on its own. Outside SnapStart the checkpoint
 * never happens and this costs nothing.
 */
@ApplicationScoped
public class SnapStartPriming implements Resource {

    private static final Logger LOG = Logger.getLogger(SnapStartPriming.class);
    private static final String PRIMER = """
            Council approves rail budget

            LONDON (Reuters) - The council approved 2 billion pounds for rail lines on Tuesday, \
            Transport Minister Anna Clarke said. \u201cThis is the largest investment in a decade,\u201d she told reporters.
            """;

    @Inject
    Extractor extractor;

    @Inject
    ObjectMapper json;

    @Inject
    dev.newsclaims.aws.AwsWarmup aws;

    void register(@Observes StartupEvent started) {
        // The CRaC context holds resources weakly; this application-scoped bean keeps itself alive.
        Core.getGlobalContext().register(this);
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) throws Exception {
        long t0 = System.nanoTime();
        String out = json.writeValueAsString(extractor.extract("primer", PRIMER, null));
        aws.warm();
        LOG.infof("SnapStart priming: %d bytes of summary in %d ms", out.length(), (System.nanoTime() - t0) / 1_000_000);
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        // Nothing to refresh: the clients resolve credentials and connections lazily, per request.
    }
}
