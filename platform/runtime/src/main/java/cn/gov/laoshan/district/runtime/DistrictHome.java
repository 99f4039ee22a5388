package cn.gov.laoshan.district.runtime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import cn.gov.laoshan.district.core.security.SecretFiles;

/**
 * The platform's home directory: {@code conf/} (settings, secrets), {@code deploy/} (hot-deployed plugin jars),
 * {@code data/} (database, credentials), {@code logs/} and {@code cache/} (the OSGi bundle cache, rebuilt at
 * every start).
 */
public record DistrictHome(Path root) {

    public DistrictHome {
        root = root.toAbsolutePath().normalize();
    }

    public Path conf() {
        return root.resolve("conf");
    }

    public Path deploy() {
        return root.resolve("deploy");
    }

    public Path data() {
        return root.resolve("data");
    }

    public Path logs() {
        return root.resolve("logs");
    }

    public Path cache() {
        return root.resolve("cache");
    }

    /** Creates the directories that are missing; {@code conf/} and {@code data/} hold secrets: owner only. */
    public DistrictHome prepare() throws IOException {
        for (Path dir : new Path[] {conf(), deploy(), data(), logs(), cache()}) {
            Files.createDirectories(dir);
        }
        SecretFiles.ownerOnly(conf());
        SecretFiles.ownerOnly(data());
        return this;
    }
}
