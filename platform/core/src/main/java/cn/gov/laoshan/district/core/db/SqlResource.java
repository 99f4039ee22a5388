package cn.gov.laoshan.district.core.db;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;

import org.flywaydb.core.api.resource.LoadableResource;

/** One migration file found by URL (in a bundle or on the class path), read as UTF-8. */
final class SqlResource extends LoadableResource {

    private final URL url;
    private final String relativePath;

    SqlResource(URL url, String relativePath) {
        this.url = url;
        this.relativePath = relativePath;
    }

    @Override
    public Reader read() {
        try {
            return new InputStreamReader(url.openStream(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read migration " + url, e);
        }
    }

    @Override
    public String getAbsolutePath() {
        return url.toString();
    }

    @Override
    public String getAbsolutePathOnDisk() {
        return url.toString();
    }

    @Override
    public String getFilename() {
        return relativePath.substring(relativePath.lastIndexOf('/') + 1);
    }

    @Override
    public String getRelativePath() {
        return relativePath;
    }
}
