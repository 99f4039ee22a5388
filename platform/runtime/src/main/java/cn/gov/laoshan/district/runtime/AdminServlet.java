package cn.gov.laoshan.district.runtime;

import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.ObjectMapper;

import cn.gov.laoshan.district.core.db.Database;

/**
 * {@code POST /admin/backup?dir=/absolute/dir[&force=true]}: an online, consistent backup of the embedded
 * database into {@code dir} (an existing backup there is replaced only with {@code force}; a directory inside the
 * data directory is refused) (Derby's {@code SYSCS_BACKUP_DATABASE}); answers {@code {"backup": "<dir>/district", ...}}. For
 * {@code bin/district backup}. Accepted only from a loopback address, without proxy headers, and with the token the
 * runtime writes at each start to {@code <home>/data/admin.token} (mode 600) in the header
 * {@value LocalAdminToken#HEADER}: whoever can read that file can run the backup, nobody else.
 */
final class AdminServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(AdminServlet.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final transient java.util.function.Supplier<Database> database;
    private final transient LocalAdminToken token;

    /** @param database the platform's database, null while it is still being opened */
    AdminServlet(java.util.function.Supplier<Database> database, LocalAdminToken token) {
        this.database = database;
        this.token = token;
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // read the (small) form first: answering before the body is read can close the connection under the client
        if (request.getContentLengthLong() > 4096) {
            answer(response, 413, Map.of("error", "request too large"));
            return;
        }
        request.getParameterMap();
        if (!token.presentedBy(request)) {
            answer(response, 403, Map.of("error", "forbidden: local requests with the admin token only"));
            return;
        }
        if (!"/backup".equals(request.getPathInfo())) {
            answer(response, 404, Map.of("error", "unknown admin action"));
            return;
        }
        String dir = request.getParameter("dir");
        Path target;
        try {
            target = dir == null || dir.isBlank() ? null : Path.of(dir);
        } catch (InvalidPathException e) {
            target = null;
        }
        if (target == null || !target.isAbsolute()) {
            answer(response, 400, Map.of("error", "dir must be an absolute directory path"));
            return;
        }
        Database opened = database.get();
        if (opened == null) {
            answer(response, 503, Map.of("error", "the platform is still starting; try again in a moment"));
            return;
        }
        long begin = System.nanoTime();
        try {
            Path backup = opened.backup(target, "true".equals(request.getParameter("force")));
            long millis = (System.nanoTime() - begin) / 1_000_000;
            LOG.info("database backed up to {} in {} ms", backup, millis);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("backup", backup.toString());
            body.put("millis", millis);
            answer(response, 200, body);
        } catch (UnsupportedOperationException e) {
            answer(response, 409, Map.of("error", e.getMessage()));
        } catch (java.nio.file.FileAlreadyExistsException e) {
            answer(response, 409, Map.of("error", e.getFile() + ": " + e.getReason()));
        } catch (IllegalArgumentException e) {
            answer(response, 400, Map.of("error", e.getMessage()));
        } catch (Exception e) {
            LOG.error("backup to {} failed", target, e);
            answer(response, 500, Map.of("error", "backup failed: " + e.getMessage()));
        }
    }

    private static void answer(HttpServletResponse response, int status, Map<String, ?> body) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        JSON.writeValue(response.getOutputStream(), body);
    }
}
