package cn.gov.laoshan.district.shell.plugins;

import java.time.Instant;
import java.util.List;

/** What the runtime tells about itself, for {@code /health} and the administrators' home widget. */
public interface PlatformStatus {

    Instant startedAt();

    /** Every installed plugin bundle, serving or not. */
    List<PluginStatus> plugins();
}
