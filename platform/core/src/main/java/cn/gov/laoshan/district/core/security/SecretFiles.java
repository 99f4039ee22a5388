package cn.gov.laoshan.district.core.security;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

/** Files holding secrets (initial passwords, tokens): readable and writable by their owner only. */
public final class SecretFiles {

    /** Who may read or write a secret file besides its owner: nobody. */
    private static final Set<PosixFilePermission> OTHERS = Set.of(PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE);

    private SecretFiles() {
    }

    /** Writes {@code content} to {@code file}, created owner-only first and moved into place atomically. */
    public static void write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.deleteIfExists(tmp);
        Files.createFile(tmp);
        ownerOnly(tmp);
        Files.writeString(tmp, content);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * Refuses a secret file that users other than its owner may read or change (POSIX permissions; elsewhere
     * nothing is checked), saying which file and the {@code chmod} that mends it.
     *
     * @throws IllegalArgumentException when group or others may read or write it
     */
    public static void requireOwnerOnly(Path file) throws IOException {
        Set<PosixFilePermission> permissions;
        try {
            permissions = Files.getPosixFilePermissions(file);
        } catch (UnsupportedOperationException notPosix) {
            return;
        }
        if (permissions.stream().anyMatch(OTHERS::contains)) {
            throw new IllegalArgumentException(file.getParent().getFileName() + "/" + file.getFileName()
                    + " holds a secret and may be read or changed by other users; make it owner-only: chmod 600 "
                    + file);
        }
    }

    /** Makes a file or directory readable and writable (and for directories, enterable) by its owner only. */
    public static void ownerOnly(Path path) throws IOException {
        try {
            Set<PosixFilePermission> permissions = Files.isDirectory(path)
                    ? Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
                            PosixFilePermission.OWNER_EXECUTE)
                    : Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
            Files.setPosixFilePermissions(path, permissions);
        } catch (UnsupportedOperationException e) {
            path.toFile().setReadable(false, false);
            path.toFile().setReadable(true, true);
        }
    }
}
